// Broken on purpose: cluster.disconnect(callback) disconnects the workers but never calls back.
const cluster = require('node:cluster');
const disconnect = cluster.disconnect;
cluster.disconnect = function () {
  return disconnect.call(this);
};
module.exports = cluster;
