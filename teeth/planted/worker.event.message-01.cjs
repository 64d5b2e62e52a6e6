// breaks: worker.event.message-01
// does: a Worker emits 'message' twice for each message its worker sends
const { nodeCluster, patchForkedWorkers, changeEvents } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  const emit = worker.emit;
  changeEvents(worker, (name, args) => {
    if (name === 'message') emit.call(worker, name, ...args);
    return undefined;
  });
});
