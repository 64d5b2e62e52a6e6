// breaks: node.worker-04
// does: cluster.Worker throws when called without new, as a class constructor does
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
cluster.Worker = new Proxy(cluster.Worker, {
  apply() {
    throw new TypeError("Class constructor Worker cannot be invoked without 'new'");
  },
});
module.exports = cluster;
