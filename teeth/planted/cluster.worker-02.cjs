// breaks: cluster.worker-02
// does: in the primary, cluster.worker is the Worker forked last
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = patchForkedWorkers(cluster, (worker) => {
  cluster.worker = worker;
});
