// breaks: cluster.isPrimary-02
// does: cluster.isPrimary ignores a NODE_UNIQUE_ID set at start-up when the process has no IPC channel
const { nodeCluster, defineValue } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const primary = cluster.isPrimary || typeof process.send !== 'function';
module.exports = defineValue(cluster, 'isPrimary', () => primary);
