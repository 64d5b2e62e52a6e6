// Broken on purpose: cluster never emits 'setup'.
const cluster = require('node:cluster');
const emit = cluster.emit;
cluster.emit = function (name, ...args) {
  return name === 'setup' ? false : emit.call(this, name, ...args);
};
module.exports = cluster;
