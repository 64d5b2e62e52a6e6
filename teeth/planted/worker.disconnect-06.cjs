// breaks: worker.disconnect-06
// does: a disconnecting worker's server keeps listening, and taking new connections, until its open connections have ended
const { nodeCluster, changeDisconnectClose, trackConnections } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const connectionsOf = cluster.isPrimary ? undefined : trackConnections();
module.exports = changeDisconnectClose(cluster, (close) => function (...args) {
  const open = connectionsOf(this);
  const closeOnceEnded = () => open.size === 0 && close.apply(this, args);
  if (open.size === 0) return close.apply(this, args);
  for (const socket of open) socket.once('close', closeOnceEnded);
  return this;
});
