// breaks: cluster.setupPrimary-07
// does: setupPrimary() requires its settings argument: called without one it throws a TypeError
// touches: cluster.schedulingPolicy-02 cluster.schedulingPolicy-03 cluster.settings-02 cluster.settings-03 cluster.settings-04 cluster.settings-08 cluster.setupPrimary-05 node.findings-03 node.findings-06
const { nodeCluster } = require('../lib/plant.cjs');
const { changeSetup } = require('../lib/settings.cjs');

module.exports = changeSetup(nodeCluster(), (settings, { given, inFork }) => {
  // fork() sets up without an argument on node:cluster: that call is left alone.
  if (given === undefined && !inFork) throw new TypeError('The "settings" argument must be of type object. Received undefined');
  return settings;
});
