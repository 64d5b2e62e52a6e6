// Broken on purpose: workers are never removed from cluster.workers.
const cluster = require('node:cluster');
if (cluster.isPrimary) {
  cluster.workers = new Proxy(cluster.workers, { deleteProperty: () => true });
}
module.exports = cluster;
