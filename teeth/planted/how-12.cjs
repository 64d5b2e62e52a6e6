// breaks: how-12
// does: listen({ fd }) in a worker listens on the worker's own descriptor with that number, not on the primary's
const net = require('node:net');
const { nodeCluster, patchOwnWorker, replacePrototypeMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
// Options objects only: a server received over IPC is listened on with its raw handle, which has an fd too.
const isOptions = (target) => target !== null && typeof target === 'object' && Object.getPrototypeOf(target) === Object.prototype;

// Node's net hands a listen({ fd }) to the cluster whenever the process is not the primary (exclusive does not
// change that); for the time of the call, net is told this process is the primary, so it opens the fd itself.
module.exports = patchOwnWorker(cluster, () =>
  replacePrototypeMethod(net.Server.prototype, 'listen', (listen) => function (...args) {
    if (!isOptions(args[0]) || typeof args[0].fd !== 'number') return listen.apply(this, args);
    const role = Object.getOwnPropertyDescriptor(cluster, 'isPrimary');
    Object.defineProperty(cluster, 'isPrimary', { ...role, value: true });
    try {
      return listen.apply(this, args);
    } finally {
      Object.defineProperty(cluster, 'isPrimary', role);
    }
  }),
);
