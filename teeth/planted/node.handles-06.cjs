// breaks: node.handles-06
// does: a net.Server a worker sends arrives in the primary closed, not listening on the sender's port
// profile: node
const net = require('node:net');
const { changeEvents, nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker, (name, [, handle]) => {
    if (name === 'message' && handle instanceof net.Server && handle.listening) handle.close();
  }),
);
