// breaks: node.findings-04
// does: before the first set-up, cluster.settings in the primary is undefined, not an empty object
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) cluster.settings = undefined;
module.exports = cluster;
