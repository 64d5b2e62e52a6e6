// breaks: worker.kill-04
// does: cluster.worker.kill(signal) called in a worker ignores the signal and exits with code 0
// base: reference
const { reference, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(reference(), (worker) => {
  worker.kill = () => process.exit(0);
});
