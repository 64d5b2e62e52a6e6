// breaks: cluster.setupPrimary-03
// does: setupPrimary() applies its settings to the running workers too, by restarting each of them (kill() and a new fork())
// touches: cluster.event.setup-01 cluster.event.setup-02 cluster.settings-09
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');
const { whileCalling } = require('../lib/calls.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  const forking = whileCalling(cluster, 'fork');
  replaceMethod(cluster, 'setupPrimary', (setupPrimary) => (...args) => {
    const result = setupPrimary(...args);
    if (forking()) return result; // node:cluster's fork() sets up too; only calls made by the program restart
    for (const worker of Object.values(cluster.workers)) {
      if (worker.isDead()) continue;
      worker.kill();
      cluster.fork();
    }
    return result;
  });
}
module.exports = cluster;
