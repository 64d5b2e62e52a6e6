// breaks: node.findings-11
// does: in the primary, cluster.worker is null, not undefined
// touches: cluster.worker-02
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) cluster.worker = null;
module.exports = cluster;
