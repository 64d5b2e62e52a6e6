// breaks: cluster.event.listening-04
// does: cluster emits 'listening' for a worker's first address only; the worker's later servers are not reported
// touches: cluster.event.listening-07 cluster.event.listening-08 cluster.event.listening-09
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

const reported = new WeakSet();
module.exports = changeEvents(nodeCluster(), (name, [worker]) => {
  if (name !== 'listening') return undefined;
  if (reported.has(worker)) return null;
  reported.add(worker);
  return undefined;
});
