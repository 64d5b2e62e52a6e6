// breaks: cluster.schedulingPolicy-03
// does: a policy assigned before the first fork() or setupPrimary() is stored and read back, but the policy in force stays the one chosen at start-up
const { nodeCluster } = require('../lib/plant.cjs');
const { policyAtFreeze } = require('../lib/policy.cjs');

const cluster = nodeCluster();
const atStart = cluster.schedulingPolicy;
module.exports = policyAtFreeze(cluster, () => atStart);
