// Broken on purpose: a worker's channel does not keep it alive: a worker whose code set up nothing else exits
// as soon as its code has run.
const cluster = require('node:cluster');

if (cluster.isWorker) process.channel?.unref();
module.exports = cluster;
