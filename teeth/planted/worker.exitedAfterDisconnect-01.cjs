// breaks: worker.exitedAfterDisconnect-01
// does: exitedAfterDisconnect starts as false at fork() instead of staying undefined until the worker has exited
// base: reference
const { reference, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(reference(), (worker) => {
  worker.exitedAfterDisconnect = false;
});
