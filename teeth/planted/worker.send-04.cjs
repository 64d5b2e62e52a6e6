// breaks: worker.send-04
// does: worker.send() in the primary drops a net.Server given as sendHandle: the message arrives without it
// touches: how-02, how-13
const net = require('node:net');
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (message, handle, ...rest) =>
    handle instanceof net.Server ? send(message, ...rest) : send(message, handle, ...rest),
  ),
);
