// breaks: how-06
// does: by default schedulingPolicy reads SCHED_RR but the workers accept connections themselves (SCHED_NONE is what is put in force)
// touches: how-03, how-04, cluster.schedulingPolicy-02
const { nodeCluster, splitPolicy } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const initial = cluster.schedulingPolicy;
const unset = process.env.NODE_CLUSTER_SCHED_POLICY === undefined;
module.exports = splitPolicy(cluster, { reported: () => initial, applied: () => (unset ? cluster.SCHED_NONE : initial) });
