// breaks: worker.kill-05
// does: kill() in the primary waits for a graceful disconnect (the worker's open connections to end) before it sends the signal
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.kill = (signal = 'SIGTERM') => {
    worker.once('disconnect', () => worker.process.kill(signal));
    worker.disconnect();
  };
});
