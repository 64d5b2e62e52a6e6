// breaks: node.findings-16
// does: kill() in the primary disconnects the worker's channel first, then sends the signal (the cluster page's behaviour, not Node's)
// profile: node
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.kill = (signal = 'SIGTERM') => {
    worker.process.disconnect();
    worker.process.kill(signal);
  };
});
