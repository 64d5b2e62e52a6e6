// breaks: cluster.event.online-03
// does: cluster emits a worker's 'fork' only once the worker is online, right after its 'online'
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const notYetForked = new WeakSet();
module.exports = replaceMethod(cluster, 'emit', (emit) => (name, ...args) => {
  const [worker] = args;
  if (name === 'fork') {
    notYetForked.add(worker);
    return cluster.listenerCount('fork') > 0;
  }
  const result = emit(name, ...args);
  if (name === 'online' && notYetForked.delete(worker)) emit('fork', worker);
  return result;
});
