// breaks: worker.send-02
// does: cluster.worker.send() in a worker, given a callback, calls it as if sent but never sends the message to the primary
// touches: worker.send-04, worker.event.message-01
const { nodeCluster, patchOwnWorker, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (...args) => {
    const callback = args.at(-1);
    if (typeof callback !== 'function') return send(...args);
    process.nextTick(callback, null);
    return true;
  }),
);
