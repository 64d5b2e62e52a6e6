// breaks: cluster.schedulingPolicy-01
// does: SCHED_RR and SCHED_NONE are the names 'rr' and 'none' while cluster.schedulingPolicy holds a number, so the policy is neither constant
// touches: cluster.schedulingPolicy-02 cluster.schedulingPolicy-03 cluster.schedulingPolicy-04 cluster.schedulingPolicy-07 cluster.schedulingPolicy-08 cluster.schedulingPolicy-09 node.findings-07
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
cluster.SCHED_RR = 'rr';
cluster.SCHED_NONE = 'none';
module.exports = cluster;
