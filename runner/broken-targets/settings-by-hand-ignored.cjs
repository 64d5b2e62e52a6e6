// Broken on purpose: the first set-up (setupPrimary() or fork()) drops what the program wrote to cluster.settings
// by hand before it.
const cluster = require('node:cluster');

if (cluster.isPrimary) {
  let first = true;
  const dropHandWritten = (real) => function (...args) {
    if (first) cluster.settings = {};
    first = false;
    return real.apply(this, args);
  };
  cluster.setupPrimary = cluster.setupMaster = dropHandWritten(cluster.setupPrimary);
  cluster.fork = dropHandWritten(cluster.fork);
}
module.exports = cluster;
