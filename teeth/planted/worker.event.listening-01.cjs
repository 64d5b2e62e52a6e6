// breaks: worker.event.listening-01
// does: a Worker's 'listening' gives the port number, not the address object
// touches: worker.event.listening-02
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [address]) => (name === 'listening' ? [address?.port] : undefined)),
);
