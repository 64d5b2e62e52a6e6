// breaks: cluster.event.setup-02
// does: each 'setup' event is delivered a moment later with cluster.settings as it is then, not as it was at its call
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = replaceMethod(cluster, 'emit', (emit) => (name, ...args) => {
  if (name !== 'setup') return emit(name, ...args);
  setImmediate(() => emit('setup', cluster.settings));
  return cluster.listenerCount('setup') > 0;
});
