// breaks: worker.id-02
// does: a worker is entered in cluster.workers only once it is online, not from fork() on
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = patchForkedWorkers(cluster, (worker) => {
  delete cluster.workers[worker.id];
  worker.once('online', () => (cluster.workers[worker.id] = worker));
});
