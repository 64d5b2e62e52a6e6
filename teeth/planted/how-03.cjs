// breaks: how-03
// does: only round-robin exists: schedulingPolicy is always SCHED_RR, whatever NODE_CLUSTER_SCHED_POLICY or an assignment asks
// touches: how-10, cluster.schedulingPolicy-08
const { nodeCluster, splitPolicy } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = splitPolicy(cluster, { reported: () => cluster.SCHED_RR, applied: () => cluster.SCHED_RR });
