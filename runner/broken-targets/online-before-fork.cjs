// Broken on purpose: 'fork' is held back until the worker is online.
const cluster = require('node:cluster');
const emit = cluster.emit;
cluster.emit = function (name, ...args) {
  if (name !== 'fork') return emit.call(this, name, ...args);
  args[0].once('online', () => emit.call(this, 'fork', ...args));
  return true;
};
module.exports = cluster;
