// breaks: node.worker-08
// does: a worker's IPC channel does not keep it alive: a worker whose code set up nothing else exits as soon as its code has run
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) process.channel?.unref();
module.exports = cluster;
