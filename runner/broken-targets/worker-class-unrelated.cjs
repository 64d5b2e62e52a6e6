// Broken on purpose: cluster.Worker builds Workers but is not their class (instanceof cluster.Worker is false).
const cluster = require('node:cluster');

const RealWorker = cluster.Worker;
cluster.Worker = function Worker(options) {
  return new RealWorker(options);
};
module.exports = cluster;
