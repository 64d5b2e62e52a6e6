// breaks: cluster.workers-02
// does: cluster.workers also holds an enumerable size (the number of workers), so enumerating it yields more than the workers
// touches: worker-03 cluster.workers-05 how-24 cluster.event.exit-04 cluster.disconnect-01 cluster.disconnect-02 cluster.disconnect-03 cluster.disconnect-04 node.findings-11
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  // node:cluster adds and deletes workers on whatever object cluster.workers holds.
  cluster.workers = Object.defineProperty({}, 'size', {
    get() {
      return Object.keys(this).length - 1;
    },
    enumerable: true,
  });
}
module.exports = cluster;
