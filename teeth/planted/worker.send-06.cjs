// breaks: worker.send-06
// does: worker.send() in the primary calls its callback twice when the message was sent
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) =>
  replaceMethod(worker, 'send', (send) => (...args) => {
    const callback = args.at(-1);
    if (typeof callback !== 'function') return send(...args);
    return send(...args.slice(0, -1), (error) => {
      callback(error);
      if (!error) callback(error);
    });
  }),
);
