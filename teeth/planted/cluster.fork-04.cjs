// breaks: cluster.fork-04
// does: in a worker, cluster.fork is a function that does nothing and returns, as if it were usable there
// touches: node.findings-10
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (!cluster.isPrimary) cluster.fork = () => undefined;
module.exports = cluster;
