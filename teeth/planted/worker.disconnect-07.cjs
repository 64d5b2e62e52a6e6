// breaks: worker.disconnect-07
// does: a disconnecting worker cuts the connections still open to its servers instead of letting them end
// touches: worker.disconnect-06, worker.disconnect-08
const { nodeCluster, changeDisconnectClose, trackConnections } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const connectionsOf = cluster.isPrimary ? undefined : trackConnections();
module.exports = changeDisconnectClose(cluster, (close) => function (...args) {
  for (const socket of connectionsOf(this)) socket.destroy();
  return close.apply(this, args);
});
