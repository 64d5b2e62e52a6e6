// breaks: cluster.disconnect-03
// does: cluster.disconnect(callback) calls the callback on the next tick, while the workers are still disconnecting
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'disconnect', (disconnect) => (callback) => {
    disconnect();
    if (callback) process.nextTick(callback);
  });
}
module.exports = cluster;
