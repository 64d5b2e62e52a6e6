// breaks: node.observed-02
// does: in a worker, cluster.worker.exitedAfterDisconnect stays undefined, also after disconnect()
// profile: node
const { nodeCluster, patchOwnWorker, defineValue } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => defineValue(worker, 'exitedAfterDisconnect', () => undefined, () => {}));
