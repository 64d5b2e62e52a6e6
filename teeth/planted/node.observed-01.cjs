// breaks: node.observed-01
// does: in the primary, exitedAfterDisconnect reads undefined until the worker's 'exit' (the cluster page's behaviour, not Node's)
// profile: node
const { nodeCluster, patchForkedWorkers, defineValue } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let value = worker.exitedAfterDisconnect;
  let exited = false;
  // Before the Worker's other 'exit' listeners: there the value set shows, as the page says.
  worker.prependListener('exit', () => (exited = true));
  defineValue(worker, 'exitedAfterDisconnect', () => (exited ? value : undefined), (given) => (value = given));
});
