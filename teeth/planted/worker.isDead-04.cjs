// breaks: worker.isDead-04
// does: isDead() becomes true only after the Worker's 'exit' listeners ran: inside them it still reports false
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');
const { whileEmitting } = require('../lib/calls.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  const emittingExit = whileEmitting(worker, 'exit');
  replaceMethod(worker, 'isDead', (isDead) => () => !emittingExit() && isDead());
});
