// breaks: worker.send-03
// does: worker.send() in the primary returns the Worker (for chaining), not a boolean
// touches: worker.send-07
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (...args) => {
    send(...args);
    return worker;
  }),
);
