// breaks: cluster.settings-16
// does: without inspectPort every worker gets the same inspector port, the primary's debugPort + 1, instead of one of its own counted up
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    if (cluster.settings.inspectPort !== undefined) return fork(...args);
    // For this fork only; node:cluster copies the settings into a new object during fork().
    cluster.settings.inspectPort = process.debugPort + 1;
    try {
      return fork(...args);
    } finally {
      delete cluster.settings.inspectPort;
    }
  });
}
module.exports = cluster;
