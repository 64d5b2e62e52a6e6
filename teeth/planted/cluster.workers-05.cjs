// breaks: cluster.workers-05
// does: a worker leaves cluster.workers only after the listeners of its last event ('disconnect' or 'exit') have run: in them it is still listed
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const LEAVING_EVENTS = ['disconnect', 'exit'];
module.exports = replaceMethod(cluster, 'emit', (emit) => (name, ...args) => {
  const [worker] = args;
  if (!LEAVING_EVENTS.includes(name) || worker.id in cluster.workers) return emit(name, ...args);
  cluster.workers[worker.id] = worker;
  try {
    return emit(name, ...args);
  } finally {
    delete cluster.workers[worker.id];
  }
});
