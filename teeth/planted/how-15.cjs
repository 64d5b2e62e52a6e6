// breaks: how-15
// does: a worker's server that listened on port 0 reports port 0 as its address, not the port the system chose
const net = require('node:net');
const { nodeCluster, changeListen, replacePrototypeMethod } = require('../lib/plant.cjs');

const askedForZero = new WeakSet();
const cluster = changeListen(nodeCluster(), (target, server) => {
  if (target?.port === 0) askedForZero.add(server);
  return undefined;
});
if (!cluster.isPrimary) {
  replacePrototypeMethod(net.Server.prototype, 'address', (address) => function () {
    const actual = address.call(this);
    return askedForZero.has(this) && actual !== null && typeof actual === 'object' ? { ...actual, port: 0 } : actual;
  });
}
module.exports = cluster;
