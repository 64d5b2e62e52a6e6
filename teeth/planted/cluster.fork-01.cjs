// breaks: cluster.fork-01
// does: fork() starts the worker but returns undefined: its Worker is reachable only through 'fork' and cluster.workers
const { nodeCluster, replaceMethod } = require('../lib/plant.cjs');

// Every fixture uses the Workers fork() returns, so nearly every clause fails with this; none is listed in touches.
const cluster = nodeCluster();
if (cluster.isPrimary) replaceMethod(cluster, 'fork', (fork) => (...args) => void fork(...args));
module.exports = cluster;
