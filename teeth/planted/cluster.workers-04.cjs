// breaks: cluster.workers-04
// does: worker.disconnect() in the primary removes the worker from cluster.workers at the call, while it is still connected and alive
// base: reference
const { reference, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

const cluster = reference();
module.exports = patchForkedWorkers(cluster, (worker) =>
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    delete cluster.workers[worker.id];
    return disconnect();
  }),
);
