// Broken on purpose: a net.Server a worker sends arrives closed in the primary (not listening).
const cluster = require('node:cluster');
const net = require('node:net');

const emit = cluster.Worker.prototype.emit;
cluster.Worker.prototype.emit = function (event, ...args) {
  if (event === 'message' && args[1] instanceof net.Server && args[1].listening) args[1].close();
  return emit.call(this, event, ...args);
};
module.exports = cluster;
