// breaks: how-10
// does: with NODE_CLUSTER_SCHED_POLICY=none, schedulingPolicy reads SCHED_NONE but round-robin is what is put in force: the primary accepts
// touches: how-03, cluster.schedulingPolicy-08
const { nodeCluster, splitPolicy } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const initial = cluster.schedulingPolicy;
module.exports = splitPolicy(cluster, { reported: () => initial, applied: () => cluster.SCHED_RR });
