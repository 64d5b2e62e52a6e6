// breaks: worker.isConnected-04
// does: in a worker, cluster.worker.isConnected() reports false although the channel to the primary is open
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  worker.isConnected = () => false;
});
