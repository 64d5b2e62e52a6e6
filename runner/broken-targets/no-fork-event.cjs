// Broken on purpose: cluster never emits 'fork'.
const cluster = require('node:cluster');
const emit = cluster.emit;
cluster.emit = function (name, ...args) {
  return name === 'fork' ? false : emit.call(this, name, ...args);
};
module.exports = cluster;
