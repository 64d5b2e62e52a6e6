// breaks: node.worker-02
// does: in a worker, cluster.worker always has an 'error' listener that ignores the error, so an 'error' on process is never thrown and never ends the worker
// profile: node
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => worker.on('error', () => {}));
