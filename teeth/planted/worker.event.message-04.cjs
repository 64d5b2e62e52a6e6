// breaks: worker.event.message-04
// does: in a worker, a message from the primary goes to cluster.worker's 'message' listeners instead of process's when cluster.worker has any
// touches: worker.event.message-03
const { nodeCluster, patchOwnWorker, changeEvents } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  changeEvents(process, (name, args) => {
    if (name !== 'message' || worker.listenerCount('message') === 0) return undefined;
    worker.emit('message', ...args); // Node's cluster.worker hears messages through process: it still gets them
    return null;
  }),
);
