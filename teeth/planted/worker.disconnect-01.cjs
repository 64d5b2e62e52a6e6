// breaks: worker.disconnect-01
// does: worker.disconnect() in the primary returns undefined, not the Worker it was called on
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    disconnect();
  }),
);
