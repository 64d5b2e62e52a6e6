// breaks: worker.event.message-02
// does: a Worker's 'message' gives null, not undefined, as its second argument when no handle was sent
// touches: cluster.event.message-02
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [message, handle]) => (name === 'message' ? [message, handle ?? null] : undefined)),
);
