// Broken on purpose: isPrimary, isMaster and isWorker report the opposite role.
const cluster = require('node:cluster');
module.exports = new Proxy(cluster, {
  get(target, key) {
    if (key === 'isPrimary' || key === 'isMaster' || key === 'isWorker') return !target[key];
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
