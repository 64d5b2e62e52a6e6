// breaks: cluster.workers-01
// does: cluster.workers is a sparse array indexed by worker id, not a plain object
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
// node:cluster adds and deletes workers on whatever object cluster.workers holds.
if (cluster.isPrimary) cluster.workers = [];
module.exports = cluster;
