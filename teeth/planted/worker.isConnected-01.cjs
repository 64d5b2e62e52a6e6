// breaks: worker.isConnected-01
// does: isConnected() reports true again once the worker has exited, although its channel is closed
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'isConnected', (isConnected) => () => worker.isDead() || isConnected()),
);
