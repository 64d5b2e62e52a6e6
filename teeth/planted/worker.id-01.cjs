// breaks: worker.id-01
// does: a new worker takes the lowest ID no live worker holds, so a replacement reuses the ID of a worker that died
// touches: how-24, how-20, cluster.event.exit-04, cluster.disconnect-01, cluster.disconnect-04, cluster.settings-10
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = patchForkedWorkers(cluster, (worker) => {
  let id = 1;
  while (cluster.workers[id] && cluster.workers[id] !== worker) id++;
  if (id === worker.id) return;
  delete cluster.workers[worker.id];
  worker.id = id;
  cluster.workers[id] = worker;
});
