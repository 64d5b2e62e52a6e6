// breaks: how-04
// does: without NODE_CLUSTER_SCHED_POLICY the policy is SCHED_NONE, not round-robin
// touches: how-03, how-06, cluster.schedulingPolicy-02, cluster.schedulingPolicy-04
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary && process.env.NODE_CLUSTER_SCHED_POLICY === undefined) cluster.schedulingPolicy = cluster.SCHED_NONE;
module.exports = cluster;
