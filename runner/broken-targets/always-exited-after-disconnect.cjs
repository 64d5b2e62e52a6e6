// Broken on purpose: worker.exitedAfterDisconnect always reads true.
const cluster = require('node:cluster');
const fork = cluster.fork;
cluster.fork = function (...args) {
  const worker = fork.apply(this, args);
  Object.defineProperty(worker, 'exitedAfterDisconnect', { get: () => true, set: () => {}, configurable: true });
  return worker;
};
module.exports = cluster;
