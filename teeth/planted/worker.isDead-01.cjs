// breaks: worker.isDead-01
// does: isDead() reports true until the worker is online (a process not yet online counts as dead)
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let online = false;
  worker.once('online', () => (online = true));
  replaceMethod(worker, 'isDead', (isDead) => () => !online || isDead());
});
