// breaks: cluster.isMaster-01
// does: cluster.isMaster is true in every process, workers included, instead of following isPrimary
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

module.exports = defineValue(nodeCluster(), 'isMaster', () => true);
