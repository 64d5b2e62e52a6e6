// breaks: worker.kill-01
// does: kill() without a signal sends SIGKILL instead of SIGTERM
// touches: worker.kill-05
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'kill', (kill) => (signal = 'SIGKILL') => kill(signal)),
);
