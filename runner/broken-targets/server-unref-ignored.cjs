// Broken on purpose: in a worker, unref() on a net.Server does nothing, so the server keeps the worker alive.
const cluster = require('node:cluster');
const net = require('node:net');

if (cluster.isWorker) {
  net.Server.prototype.unref = function () {
    return this;
  };
}
module.exports = cluster;
