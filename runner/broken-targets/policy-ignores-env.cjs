// Broken on purpose: NODE_CLUSTER_SCHED_POLICY has no effect; the policy is always round-robin.
const cluster = require('node:cluster');
if (cluster.isPrimary) cluster.schedulingPolicy = cluster.SCHED_RR;
module.exports = cluster;
