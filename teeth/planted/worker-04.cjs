// breaks: worker-04
// does: in a worker, cluster.worker is undefined: the worker has no Worker object of its own
// touches: cluster.worker-01, worker.id-03
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = cluster.isPrimary ? cluster : defineValue(cluster, 'worker', () => undefined);
