// breaks: worker.isDead-04
// does: isDead() becomes true only after the Worker's 'exit' listeners ran: inside them it still reports false
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let emittingExit = false;
  replaceMethod(worker, 'isDead', (isDead) => () => !emittingExit && isDead());
  replaceMethod(worker, 'emit', (emit) => (name, ...args) => {
    if (name !== 'exit') return emit(name, ...args);
    emittingExit = true;
    try {
      return emit(name, ...args);
    } finally {
      emittingExit = false;
    }
  });
});
