// Broken on purpose: loads in the primary, never returns in a worker.
const cluster = require('node:cluster');
if (cluster.isWorker) {
  const until = Date.now() + 10 * 60 * 1000;
  while (Date.now() < until) {
    // Spin: the harness's timeout must kill this.
  }
}
module.exports = cluster;
