// breaks: cluster.disconnect-05
// does: in a worker, cluster.disconnect is a function that does nothing and returns, as if it were usable there
// touches: node.findings-10
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (!cluster.isPrimary) cluster.disconnect = () => undefined;
module.exports = cluster;
