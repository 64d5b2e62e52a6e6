// breaks: worker.isConnected-02
// does: isConnected() reports false from fork() until the worker is online, although the channel is open at once
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let online = false;
  worker.once('online', () => (online = true));
  replaceMethod(worker, 'isConnected', (isConnected) => () => online && isConnected());
});
