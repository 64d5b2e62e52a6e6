// breaks: worker.send-09
// does: cluster.worker.send() in a worker encodes strings twice (UTF-8 bytes read as Latin-1), so non-ASCII text comes back changed
// touches: worker.send-02, worker.event.message-01
const { nodeCluster, patchOwnWorker, replaceMethod } = require('../lib/plant.cjs');

const mangle = (value) => {
  if (typeof value === 'string') return Buffer.from(value, 'utf8').toString('latin1');
  if (Array.isArray(value)) return value.map(mangle);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mangle(item)]));
  return value;
};

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (message, ...rest) => send(mangle(message), ...rest)),
);
