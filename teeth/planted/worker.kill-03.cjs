// breaks: worker.kill-03
// does: kill() in the primary sends the signal at once, without first disconnecting the worker
// base: reference
const { reference, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(reference(), (worker) => {
  worker.kill = (signal = 'SIGTERM') => worker.process.kill(signal);
});
