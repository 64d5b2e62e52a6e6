// breaks: worker.event.message-03
// does: in a worker, cluster.worker does not emit the messages from the primary that carry a handle
const { nodeCluster, patchOwnWorker, changeEvents } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [, handle]) => (name === 'message' && handle !== undefined ? null : undefined)),
);
