// breaks: worker.event.online-02
// does: inside a worker, cluster.worker emits 'online' once the worker has started
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => setImmediate(() => worker.emit('online')));
