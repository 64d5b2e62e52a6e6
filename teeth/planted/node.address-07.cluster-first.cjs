// breaks: node.address-07
// does: cluster's 'listening' for a server comes before the Worker's, not after it
// profile: node
const { changeEvents, nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  const held = new Map();
  patchForkedWorkers(cluster, (worker) => {
    const emit = worker.emit.bind(worker);
    changeEvents(worker, (name, args) => {
      if (name !== 'listening') return undefined;
      held.set(worker, () => emit('listening', ...args));
      return null;
    });
  });
  replaceMethod(cluster, 'emit', (emit) => (name, ...args) => {
    const result = emit(name, ...args);
    const late = name === 'listening' ? held.get(args[0]) : undefined;
    held.delete(args[0]);
    late?.();
    return result;
  });
}
module.exports = cluster;
