// breaks: worker-01
// does: fork() returns a Worker that has on/once/emit of its own but is not an EventEmitter (instanceof fails)
const { EventEmitter } = require('node:events');
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

// The same methods, on a prototype chain that no longer reaches EventEmitter.prototype.
const emitterLike = Object.defineProperties({}, Object.getOwnPropertyDescriptors(EventEmitter.prototype));
let workerLike;

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  workerLike ??= Object.setPrototypeOf(Object.defineProperties({}, Object.getOwnPropertyDescriptors(Object.getPrototypeOf(worker))), emitterLike);
  Object.setPrototypeOf(worker, workerLike);
});
