// breaks: worker.event.listening-03
// does: inside a worker, cluster.worker emits 'listening' when a server of the worker starts listening
const net = require('node:net');
const { nodeCluster, patchOwnWorker, replacePrototypeMethod } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) =>
  replacePrototypeMethod(net.Server.prototype, 'listen', (listen) => function (...args) {
    this.once('listening', () => worker.emit('listening', this.address()));
    return listen.apply(this, args);
  }),
);
