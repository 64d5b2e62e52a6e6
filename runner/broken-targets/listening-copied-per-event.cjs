// Broken on purpose: cluster's 'listening' gets a copy of the address object the Worker's event got.
const cluster = require('node:cluster');
if (cluster.isPrimary) {
  const emit = cluster.emit;
  cluster.emit = function (name, worker, address, ...rest) {
    return emit.call(this, name, worker, name === 'listening' && address ? { ...address } : address, ...rest);
  };
}
module.exports = cluster;
