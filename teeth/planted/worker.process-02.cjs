// breaks: worker.process-02
// does: in a worker, cluster.worker.process is a stand-in forwarding to the global process, not process itself
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  worker.process = new Proxy(process, {});
});
