// breaks: how-24
// does: the primary replaces a worker that died without disconnect() by forking a new one
// touches: how-20, how-21, worker.id-01, cluster.workers-05
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) cluster.on('exit', (worker) => worker.exitedAfterDisconnect || cluster.fork());
module.exports = cluster;
