// breaks: worker.event.disconnect-01
// does: a Worker emits 'disconnect' as soon as kill() or disconnect() is called, while its channel is still open (and not again when it closes)
// touches: worker.event.error-01, worker.send-06
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let emitted = false;
  replaceMethod(worker, 'emit', (emit) => (name, ...args) => {
    if (name !== 'disconnect') return emit(name, ...args);
    if (emitted) return false;
    emitted = true;
    return emit(name, ...args);
  });
  for (const method of ['kill', 'disconnect']) {
    replaceMethod(worker, method, (original) => (...args) => {
      worker.emit('disconnect');
      return original(...args);
    });
  }
});
