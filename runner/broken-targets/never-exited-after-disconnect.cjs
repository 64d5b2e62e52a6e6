// Broken on purpose: worker.exitedAfterDisconnect always reads false, even after disconnect().
const cluster = require('node:cluster');
// Only in the primary: in a worker these members are absent, as in Node (the broken part is the primary's).
if (cluster.isPrimary) {
  const fork = cluster.fork;
  cluster.fork = function (...args) {
    const worker = fork.apply(this, args);
    Object.defineProperty(worker, 'exitedAfterDisconnect', { get: () => false, set: () => {}, configurable: true });
    return worker;
  };
}
module.exports = cluster;
