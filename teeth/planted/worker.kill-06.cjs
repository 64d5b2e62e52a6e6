// breaks: worker.kill-06
// does: worker.process.kill() without a signal sends SIGINT, so it no longer has the effect of kill()
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker.process, 'kill', (kill) => (signal = 'SIGINT') => kill(signal)),
);
