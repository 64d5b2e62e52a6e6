// Broken on purpose: in a worker, cluster.worker always has an 'error' listener that ignores the error, so an
// 'error' on process is never thrown and never ends the worker.
const cluster = require('node:cluster');

if (cluster.isWorker) cluster.worker.on('error', () => {});
module.exports = cluster;
