// breaks: worker.process-03
// does: a worker whose channel is lost without disconnect() exits with code 1, not 0
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  process.prependListener('disconnect', () => worker.exitedAfterDisconnect || process.exit(1)),
);
