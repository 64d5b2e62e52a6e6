// breaks: cluster.schedulingPolicy-09
// does: a NODE_CLUSTER_SCHED_POLICY value other than rr and none becomes the policy as it is (the string 'bogus')
// touches: node.findings-07
const { nodeCluster } = require('../lib/plant.cjs');
const { choosePolicy } = require('../lib/policy.cjs');

module.exports = choosePolicy(nodeCluster(), (value) => (value === undefined || value === 'rr' || value === 'none' ? undefined : value));
