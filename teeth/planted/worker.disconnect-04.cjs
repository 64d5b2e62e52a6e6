// breaks: worker.disconnect-04
// does: worker.disconnect() in the primary first tells the worker with an ordinary message, which the worker's 'message' listeners receive
// touches: worker.send-04
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    worker.send({ cmd: 'disconnect' });
    return disconnect();
  }),
);
