// breaks: cluster.disconnect-04
// does: cluster.disconnect() requires its callback: called without one it throws a TypeError and disconnects nobody
// touches: cluster.disconnect-01 cluster.disconnect-02 cluster.disconnect-03
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'disconnect', (disconnect) => (callback) => {
    if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
    return disconnect(callback);
  });
}
module.exports = cluster;
