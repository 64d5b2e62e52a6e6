// breaks: node.listen-12
// does: in a worker, unref() on a net.Server does nothing, so the server keeps the worker alive
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) {
  net.Server.prototype.unref = function () {
    return this;
  };
}
module.exports = cluster;
