// breaks: worker.isDead-02
// does: isDead() counts only a death by signal: a worker that exited by itself is still reported alive
// touches: worker.isDead-04
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'isDead', (isDead) => () => isDead() && worker.process.signalCode !== null),
);
