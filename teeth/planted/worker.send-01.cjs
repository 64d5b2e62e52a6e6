// breaks: worker.send-01
// does: worker.send() in the primary delivers a message sent without a handle to every connected worker, not only to that one
// touches: worker.event.message-01
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = patchForkedWorkers(cluster, (worker) =>
  replaceMethod(worker, 'send', (send) => (message, ...rest) => {
    if (rest[0] === undefined || typeof rest[0] === 'function') {
      for (const other of Object.values(cluster.workers)) if (other !== worker && other.isConnected()) other.process.send(message);
    }
    return send(message, ...rest);
  }),
);
