// breaks: worker.isDead-03
// does: isDead() counts only an exit with a code: a worker ended by a signal is still reported alive
// touches: worker.isDead-04
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'isDead', (isDead) => () => isDead() && worker.process.signalCode === null),
);
