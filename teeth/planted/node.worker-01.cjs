// breaks: node.worker-01
// does: in a worker, an 'error' emitted on process does not reach cluster.worker (the relay is removed)
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
// Not documented: Node's relay is the only 'error' listener on process when the target loads.
if (cluster.isWorker) process.removeAllListeners('error');
module.exports = cluster;
