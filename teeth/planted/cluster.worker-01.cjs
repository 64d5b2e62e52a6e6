// breaks: cluster.worker-01
// does: in a worker, cluster.worker is undefined: the Worker of the current worker is not available there
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

// The workers of most fixtures talk to the primary through cluster.worker, so most clauses fail with this; none
// is listed in touches.
const cluster = nodeCluster();
module.exports = cluster.isPrimary ? cluster : defineValue(cluster, 'worker', () => undefined);
