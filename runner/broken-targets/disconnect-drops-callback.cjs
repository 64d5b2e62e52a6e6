// Broken on purpose: cluster.disconnect(callback) disconnects the workers but never calls back.
const cluster = require('node:cluster');
// Only in the primary: in a worker these members are absent, as in Node (the broken part is the primary's).
if (cluster.isPrimary) {
  const disconnect = cluster.disconnect;
  cluster.disconnect = function () {
    return disconnect.call(this);
  };
}
module.exports = cluster;
