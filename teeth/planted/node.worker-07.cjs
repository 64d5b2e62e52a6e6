// breaks: node.worker-07
// does: the first set-up (setupPrimary() or fork()) drops the keys the program wrote to cluster.settings by hand before it
// profile: node
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  let first = true;
  const dropHandWritten = (real) => (...args) => {
    if (first) cluster.settings = {};
    first = false;
    return real(...args);
  };
  replaceMethod(cluster, 'setupPrimary', dropHandWritten);
  cluster.setupMaster = cluster.setupPrimary;
  replaceMethod(cluster, 'fork', dropHandWritten);
}
module.exports = cluster;
