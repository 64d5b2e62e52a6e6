// breaks: cluster.schedulingPolicy-07
// does: NODE_CLUSTER_SCHED_POLICY is read as a switch: any value, rr included, selects SCHED_NONE
// touches: node.findings-07
const { nodeCluster } = require('../lib/plant.cjs');
const { choosePolicy } = require('../lib/policy.cjs');

module.exports = choosePolicy(nodeCluster(), (value, cluster) => (value === undefined ? undefined : cluster.SCHED_NONE));
