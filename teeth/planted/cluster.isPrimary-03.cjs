// breaks: cluster.isPrimary-03
// does: in a worker, cluster.isPrimary is 0 (falsy, but not false)
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const primary = cluster.isPrimary;
module.exports = defineValue(cluster, 'isPrimary', () => (primary ? true : 0));
