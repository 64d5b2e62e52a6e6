// Broken on purpose: in a worker, an 'error' emitted on process does not reach cluster.worker.
const cluster = require('node:cluster');

// Node's relay is the only 'error' listener on process when the target loads.
if (cluster.isWorker) process.removeAllListeners('error');
module.exports = cluster;
