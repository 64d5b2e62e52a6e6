// breaks: cluster.event.exit-04
// does: fork() called from an 'exit' handler is refused: it returns undefined and starts no worker
// touches: cluster.disconnect-01 cluster.disconnect-03 cluster.disconnect-04
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');
const { whileEmitting } = require('../lib/calls.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  const emittingExit = whileEmitting(cluster, 'exit');
  replaceMethod(cluster, 'fork', (fork) => (...args) => (emittingExit() ? undefined : fork(...args)));
}
module.exports = cluster;
