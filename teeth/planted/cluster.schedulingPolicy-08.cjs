// breaks: cluster.schedulingPolicy-08
// does: NODE_CLUSTER_SCHED_POLICY=none is not recognised (only NONE in capitals would be): the policy stays SCHED_RR
// touches: how-03 how-10
const { nodeCluster } = require('../lib/plant.cjs');
const { choosePolicy } = require('../lib/policy.cjs');

module.exports = choosePolicy(nodeCluster(), (value, cluster) => (value === 'none' ? cluster.SCHED_RR : undefined));
