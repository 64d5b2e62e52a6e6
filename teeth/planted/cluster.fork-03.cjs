// breaks: cluster.fork-03
// does: fork() requires its env argument: called without one it throws a TypeError and starts no worker
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

// Most fixtures call fork() without env, so most clauses fail with this; none is listed in touches.
const cluster = nodeCluster();
if (cluster.isPrimary) {
  replaceMethod(cluster, 'fork', (fork) => (env) => {
    if (env === null || typeof env !== 'object') throw new TypeError('The "env" argument must be of type object');
    return fork(env);
  });
}
module.exports = cluster;
