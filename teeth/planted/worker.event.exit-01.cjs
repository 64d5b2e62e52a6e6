// breaks: worker.event.exit-01
// does: a Worker emits 'exit' twice: for its process's 'exit' and again for its 'close'
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.process.once('close', (code, signal) => worker.emit('exit', code, signal));
});
