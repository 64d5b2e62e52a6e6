// breaks: cluster.schedulingPolicy-04
// does: without NODE_CLUSTER_SCHED_POLICY the policy is SCHED_NONE, the Windows default, on Linux too
// touches: cluster.schedulingPolicy-02 how-03 how-04 how-06
const { nodeCluster } = require('../lib/plant.cjs');
const { choosePolicy } = require('../lib/policy.cjs');

module.exports = choosePolicy(nodeCluster(), (value, cluster) => (value === undefined ? cluster.SCHED_NONE : undefined));
