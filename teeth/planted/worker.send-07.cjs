// breaks: worker.send-07
// does: worker.send() in the primary returns false instead of throwing ChildProcess.send()'s errors for bad arguments
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (...args) => {
    try {
      return send(...args);
    } catch {
      return false;
    }
  }),
);
