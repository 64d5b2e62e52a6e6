// breaks: cluster.event.online-01
// does: cluster emits a worker's 'online' only once the worker's code has done something the primary sees (listened or sent a message)
const { nodeCluster, changeEvents, patchForkedWorkers } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const active = new WeakSet();
const waiting = new WeakSet();
patchForkedWorkers(cluster, (worker) => {
  const wake = () => {
    active.add(worker);
    if (waiting.has(worker)) {
      waiting.delete(worker);
      cluster.emit('online', worker);
    }
  };
  worker.once('listening', wake);
  worker.once('message', wake);
});
module.exports = changeEvents(cluster, (name, [worker]) => {
  if (name !== 'online' || active.has(worker)) return undefined;
  waiting.add(worker);
  return null;
});
