// breaks: cluster.fork-02
// does: fork(env) starts the worker with env as its whole environment, instead of adding env to the inherited one
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'fork', (fork) => (env) => {
    if (env === undefined) return fork();
    // node:cluster builds the worker's environment from process.env at the call: let it see an empty one.
    const inherited = process.env;
    process.env = {};
    try {
      return fork(env);
    } finally {
      process.env = inherited;
    }
  });
}
module.exports = cluster;
