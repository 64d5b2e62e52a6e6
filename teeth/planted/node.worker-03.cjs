// breaks: node.worker-03
// does: cluster.Worker builds Workers but is not their class (instanceof cluster.Worker is false)
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const RealWorker = cluster.Worker;
cluster.Worker = function Worker(options) {
  return new RealWorker(options);
};
module.exports = cluster;
