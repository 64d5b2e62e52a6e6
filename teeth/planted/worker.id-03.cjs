// breaks: worker.id-03
// does: in a worker, cluster.worker.id is the string read from the environment ('1'), not the number the primary sees
// touches: worker-04
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  worker.id = String(worker.id);
});
