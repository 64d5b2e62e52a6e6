// breaks: node.listen-12
// does: in a worker, unref() called on a net.Server before listen() is forgotten once it listens: the server keeps its worker alive
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) {
  const unref = net.Server.prototype.unref;
  net.Server.prototype.unref = function () {
    // As if only a handle that already exists could be unref'd: the one listen() makes later is ref'd.
    if (!this.listening) this.once('listening', () => this.ref());
    return unref.call(this);
  };
}
module.exports = cluster;
