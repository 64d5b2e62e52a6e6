// Broken on purpose: everything of node:cluster except setupPrimary.
const cluster = require('node:cluster');
module.exports = new Proxy(cluster, {
  has: (target, key) => key !== 'setupPrimary' && Reflect.has(target, key),
  get(target, key) {
    if (key === 'setupPrimary') return undefined;
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
