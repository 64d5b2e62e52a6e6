// Helper of the broken targets: node:cluster whose 'listening' address objects (in the primary) are
// replaced by `rewrite(address)`. The Worker's and cluster's events still share one object per server.
const cluster = require('node:cluster');

module.exports = function rewriteListening(rewrite) {
  if (!cluster.isPrimary) return cluster;
  const rewritten = new WeakMap();
  const replace = (address) => {
    if (address === null || typeof address !== 'object') return address;
    if (!rewritten.has(address)) rewritten.set(address, rewrite(address));
    return rewritten.get(address);
  };
  const emit = cluster.emit;
  cluster.emit = function (name, worker, address, ...rest) {
    return name === 'listening' ? emit.call(this, name, worker, replace(address), ...rest) : emit.call(this, name, worker, address, ...rest);
  };
  cluster.on('fork', (worker) => {
    const workerEmit = worker.emit;
    worker.emit = function (name, address, ...rest) {
      return workerEmit.call(this, name, name === 'listening' ? replace(address) : address, ...rest);
    };
  });
  return cluster;
};
