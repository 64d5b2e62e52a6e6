// breaks: node.findings-15
// does: cluster.worker.kill(signal) in a worker ends the process with the signal (the cluster page's behaviour, not Node's)
// profile: node
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  worker.kill = (signal = 'SIGTERM') => process.kill(process.pid, signal);
});
