// Broken on purpose: isPrimary and isWorker are swapped (only in a process started directly,
// so that fixtures still run: the NODE_UNIQUE_ID check notices).
const cluster = require('node:cluster');
module.exports = new Proxy(cluster, {
  get(target, key) {
    if (process.env.NODE_UNIQUE_ID !== undefined && (key === 'isPrimary' || key === 'isMaster')) return true;
    if (process.env.NODE_UNIQUE_ID !== undefined && key === 'isWorker') return false;
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
