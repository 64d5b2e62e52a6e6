// breaks: worker.process-04
// does: a worker disconnected by disconnect() exits with code 0 as soon as its channel has closed, whatever still holds it
// touches: worker.disconnect-02, worker.disconnect-03, worker.disconnect-09
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  process.on('disconnect', () => worker.exitedAfterDisconnect && process.exit(0)),
);
