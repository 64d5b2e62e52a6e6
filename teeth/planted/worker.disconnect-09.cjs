// breaks: worker.disconnect-09
// does: a disconnecting worker also closes its outgoing client connections when it closes its servers
// touches: worker.process-04
const net = require('node:net');
const { nodeCluster, changeDisconnectClose, replacePrototypeMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const outgoing = new Set();
if (!cluster.isPrimary) {
  replacePrototypeMethod(net.Socket.prototype, 'connect', (connect) => function (...args) {
    outgoing.add(this);
    this.once('close', () => outgoing.delete(this));
    return connect.apply(this, args);
  });
}
module.exports = changeDisconnectClose(cluster, (close) => function (...args) {
  for (const socket of outgoing) socket.destroy();
  return close.apply(this, args);
});
