// breaks: cluster.isPrimary-01
// does: in the primary, cluster.isPrimary is 1 (truthy, but not true)
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const primary = cluster.isPrimary;
module.exports = defineValue(cluster, 'isPrimary', () => (primary ? 1 : false));
