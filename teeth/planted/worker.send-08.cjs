// breaks: worker.send-08
// does: cluster.worker.send() in a worker returns false instead of throwing process.send()'s errors for bad arguments
const { nodeCluster, patchOwnWorker, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (...args) => {
    try {
      return send(...args);
    } catch {
      return false;
    }
  }),
);
