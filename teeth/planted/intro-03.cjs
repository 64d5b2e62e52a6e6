// breaks: intro-03
// does: connections reaching a worker's shared server are closed at once instead of going to its 'connection' handler
const net = require('node:net');
const { nodeCluster, patchOwnWorker, replacePrototypeMethod } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), () =>
  replacePrototypeMethod(net.Server.prototype, 'emit', (emit) => function (name, ...args) {
    if (name !== 'connection') return emit.call(this, name, ...args);
    args[0].destroy();
    return false;
  }),
);
