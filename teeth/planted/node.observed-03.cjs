// breaks: node.observed-03
// does: cluster.disconnect(callback) calls back once every worker it found has exited, after their 'exit' events
// profile: node
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'disconnect', (disconnect) => (callback) => {
    const workers = Object.values(cluster.workers);
    let left = workers.length;
    const done = () => typeof callback === 'function' && setImmediate(callback);
    for (const worker of workers) worker.once('exit', () => --left === 0 && done());
    if (left === 0) done();
    return disconnect();
  });
}
module.exports = cluster;
