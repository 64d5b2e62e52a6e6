// Broken on purpose: worker.process.disconnect() called before the worker came online waits for its 'online',
// so the worker announces itself and then exits with code 0 (Node's exits with code 1, never online).
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  const fork = cluster.fork;
  cluster.fork = function (...args) {
    const worker = fork.apply(this, args);
    const disconnect = worker.process.disconnect;
    let online = false;
    worker.once('online', () => (online = true));
    worker.process.disconnect = function (...rest) {
      if (online) return disconnect.apply(this, rest);
      worker.once('online', () => disconnect.apply(this, rest));
    };
    return worker;
  };
}
module.exports = cluster;
