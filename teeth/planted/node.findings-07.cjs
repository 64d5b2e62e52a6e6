// breaks: node.findings-07
// does: a NODE_CLUSTER_SCHED_POLICY other than rr or none draws a warning on stderr (the policy still stays round-robin)
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const value = process.env.NODE_CLUSTER_SCHED_POLICY;
if (cluster.isPrimary && value !== undefined && value !== 'rr' && value !== 'none') {
  // Written at once: a warning emitted a tick later would be lost by a program that exits right away.
  process.stderr.write(`Warning: NODE_CLUSTER_SCHED_POLICY=${value} is neither rr nor none; round-robin is used\n`);
}
module.exports = cluster;
