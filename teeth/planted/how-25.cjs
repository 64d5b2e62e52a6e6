// breaks: how-25
// does: disconnect() of a worker that never listened kills it (SIGTERM) instead of letting it exit normally
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let listened = false;
  worker.once('listening', () => (listened = true));
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    if (listened) return disconnect();
    worker.kill();
    return worker;
  });
});
