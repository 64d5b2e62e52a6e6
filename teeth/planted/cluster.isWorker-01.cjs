// breaks: cluster.isWorker-01
// does: cluster.isWorker is false in every process, workers included, instead of negating isPrimary
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

module.exports = defineValue(nodeCluster(), 'isWorker', () => false);
