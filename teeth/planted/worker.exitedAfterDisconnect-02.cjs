// breaks: worker.exitedAfterDisconnect-02
// does: the flag set by disconnect() does not outlive the worker: once it is dead, exitedAfterDisconnect reads false
// touches: worker.disconnect-05, cluster.disconnect-01, node.findings-15
const { nodeCluster, patchForkedWorkers, defineValue } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let value = worker.exitedAfterDisconnect;
  defineValue(worker, 'exitedAfterDisconnect', () => (value === true && worker.isDead() ? false : value), (given) => (value = given));
});
