// breaks: cluster.workers-03
// does: in a worker, cluster.workers is an empty object instead of not being available
// touches: node.findings-10
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (!cluster.isPrimary) cluster.workers = {};
module.exports = cluster;
