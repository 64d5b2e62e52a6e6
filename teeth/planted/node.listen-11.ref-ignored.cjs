// breaks: node.listen-11
// does: in a worker, ref() on a net.Server does nothing, so a server unref()'d then ref()'d no longer keeps its worker alive
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) {
  net.Server.prototype.ref = function () {
    return this;
  };
}
module.exports = cluster;
