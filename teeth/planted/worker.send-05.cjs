// breaks: worker.send-05
// does: worker.send() in the primary ignores options.keepOpen: a sent socket is always closed in the sender
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (message, handle, options, ...rest) =>
    options !== null && typeof options === 'object' ? send(message, handle, { ...options, keepOpen: false }, ...rest) : send(message, handle, options, ...rest),
  ),
);
