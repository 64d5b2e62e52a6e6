// Broken on purpose: loads in the primary, throws in a worker.
const cluster = require('node:cluster');
if (cluster.isWorker) throw new Error('broken target: cannot load in a worker');
module.exports = cluster;
