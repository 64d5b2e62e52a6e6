// Broken on purpose: cluster's 'fork' is held back until after cluster's 'online'.
const cluster = require('node:cluster');
const emit = cluster.emit;
const heldBack = new Map();
cluster.emit = function (name, ...args) {
  if (name === 'fork') {
    heldBack.set(args[0], args);
    return true;
  }
  const result = emit.call(this, name, ...args);
  if (name === 'online' && heldBack.has(args[0])) {
    emit.call(this, 'fork', ...heldBack.get(args[0]));
    heldBack.delete(args[0]);
  }
  return result;
};
module.exports = cluster;
