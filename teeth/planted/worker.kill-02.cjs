// breaks: worker.kill-02
// does: kill(signal) ignores the signal it is given and always sends SIGTERM
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'kill', (kill) => () => kill('SIGTERM')),
);
