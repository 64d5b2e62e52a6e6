// breaks: how-02
// does: a server handle a worker sends to the primary is dropped there: the Worker's 'message' comes without it
const net = require('node:net');
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [message, handle]) => {
    if (name !== 'message' || !(handle instanceof net.Server)) return undefined;
    handle.close();
    return [message, undefined];
  }),
);
