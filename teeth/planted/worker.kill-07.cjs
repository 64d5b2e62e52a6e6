// breaks: worker.kill-07
// does: destroy(signal) drops its signal, so destroy('SIGKILL') ends the worker with SIGTERM where kill('SIGKILL') would not
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  const destroy = worker.destroy.bind(worker);
  worker.kill = (signal) => destroy(signal); // kill() keeps its behaviour, whichever of the two calls the other
  worker.destroy = () => destroy();
});
