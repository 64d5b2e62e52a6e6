// breaks: node.observed-04
// does: worker.process.disconnect() before the worker came online waits for its 'online', so the worker exits with 0
// profile: node
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let online = false;
  worker.once('online', () => (online = true));
  replaceMethod(worker.process, 'disconnect', (disconnect) => () => {
    if (online) return disconnect();
    worker.once('online', () => disconnect());
  });
});
