// breaks: cluster.schedulingPolicy-02
// does: setupPrimary() before the first fork() only records its settings; the set-up, and with it the freezing of the policy, waits for that fork()
// touches: cluster.settings-02 cluster.settings-03 cluster.settings-04 cluster.settings-08 cluster.setupPrimary-05 node.findings-03 node.findings-05 node.findings-06
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  let pending;
  let forked = false;
  replaceMethod(cluster, 'setupPrimary', (setupPrimary) => (settings) => {
    if (forked) return setupPrimary(settings);
    pending = { ...pending, ...settings };
  });
  replaceMethod(cluster, 'fork', (fork) => (...args) => {
    if (!forked) {
      forked = true;
      if (pending !== undefined) cluster.setupPrimary(pending);
    }
    return fork(...args);
  });
}
module.exports = cluster;
