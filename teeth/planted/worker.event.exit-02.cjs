// breaks: worker.event.exit-02
// does: the exit code in 'exit' is only 0 or 1 (success or failure), not the code the worker exited with
// touches: cluster.event.exit-02
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

const asSuccess = (code) => (typeof code === 'number' && code !== 0 ? 1 : code);
const cluster = changeEvents(nodeCluster(), (name, [worker, code, signal]) => (name === 'exit' ? [worker, asSuccess(code), signal] : undefined));
module.exports = patchForkedWorkers(cluster, (worker) =>
  changeEvents(worker, (name, [code, signal]) => (name === 'exit' ? [asSuccess(code), signal] : undefined)),
);
