// breaks: cluster.event.disconnect-01
// does: cluster emits 'disconnect' as soon as kill() or disconnect() is called in the primary, while the worker's channel is still open
// touches: worker.disconnect-08 worker.isConnected-03 node.findings-16
const { nodeCluster, changeEvents, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const announced = new WeakSet();
patchForkedWorkers(cluster, (worker) => {
  for (const name of ['kill', 'disconnect']) {
    replaceMethod(worker, name, (original) => (...args) => {
      if (!announced.has(worker)) {
        cluster.emit('disconnect', worker);
        announced.add(worker);
      }
      return original(...args);
    });
  }
});
// The event for the channel's real end has already been given.
module.exports = changeEvents(cluster, (name, [worker]) => (name === 'disconnect' && announced.has(worker) ? null : undefined));
