// breaks: worker.event.listening-02
// does: a Worker's 'listening' address lacks the addressType that cluster's 'listening' gives for the same server
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [address]) => {
    if (name !== 'listening') return undefined;
    const { addressType, ...rest } = address;
    return [rest];
  }),
);
