// breaks: node.listen-07
// does: the primary drops a worker's listen request for an address on which another worker closed a server before: it is never answered
// profile: node
const { changeEvents, nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

// Not documented: node:cluster's internal messages, as seen on Node 20 to 26: `queryServer` with address, port and
// addressType; `close` with a key starting with those three.
const closedBy = new Map();
module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  changeEvents(worker.process, (name, [message]) => {
    if (name !== 'internalMessage' || message?.cmd !== 'NODE_CLUSTER') return undefined;
    if (message.act === 'close' && typeof message.key === 'string') closedBy.set(message.key.split(':').slice(0, -2).join(':'), worker.id);
    if (message.act !== 'queryServer') return undefined;
    const closer = closedBy.get(`${message.address}:${message.port}:${message.addressType}`);
    return closer !== undefined && closer !== worker.id ? null : undefined;
  }),
);
