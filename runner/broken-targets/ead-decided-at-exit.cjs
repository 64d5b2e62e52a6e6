// Broken on purpose: in the primary, exitedAfterDisconnect reads undefined until the worker has exited (the
// cluster page's wording), where Node sets it as the worker's channel closes.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const fork = cluster.fork;
  cluster.fork = function (...args) {
    const worker = fork.apply(this, args);
    let value = worker.exitedAfterDisconnect;
    let exited = false;
    // Before the Worker's other 'exit' listeners: there, the value is the one set (as the page says).
    worker.prependListener('exit', () => (exited = true));
    Object.defineProperty(worker, 'exitedAfterDisconnect', { get: () => (exited ? value : undefined), set: (v) => (value = v), configurable: true });
    return worker;
  };
}
module.exports = cluster;
