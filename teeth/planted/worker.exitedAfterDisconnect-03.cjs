// breaks: worker.exitedAfterDisconnect-03
// does: exitedAfterDisconnect stays undefined after an exit that disconnect() did not cause, instead of becoming false
// touches: worker.process-03
const { nodeCluster, patchForkedWorkers, defineValue } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let value = worker.exitedAfterDisconnect;
  defineValue(worker, 'exitedAfterDisconnect', () => (value === false ? undefined : value), (given) => (value = given));
});
