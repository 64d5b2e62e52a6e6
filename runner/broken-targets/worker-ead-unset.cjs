// Broken on purpose: in a worker, cluster.worker.exitedAfterDisconnect stays undefined, also after disconnect().
const cluster = require('node:cluster');

if (cluster.isWorker && cluster.worker) {
  Object.defineProperty(cluster.worker, 'exitedAfterDisconnect', { get: () => undefined, set: () => {}, configurable: true });
}
module.exports = cluster;
