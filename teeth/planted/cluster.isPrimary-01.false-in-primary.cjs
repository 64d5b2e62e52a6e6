// breaks: cluster.isPrimary-01
// does: in the primary, cluster.isPrimary is false (the primary then takes the worker's branch of every program)
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

module.exports = defineValue(nodeCluster(), 'isPrimary', () => false);
