// breaks: node.findings-10
// does: in a worker, cluster.fork is a function that throws, not undefined
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (!cluster.isPrimary) {
  cluster.fork = () => {
    throw new Error('cluster.fork() can only be called in the primary');
  };
}
module.exports = cluster;
