// breaks: worker.kill-08
// does: in a worker, process.kill and cluster.worker.kill are one function (each call goes to the right one by its arguments)
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  const processKill = process.kill.bind(process);
  const workerKill = worker.kill.bind(worker);
  const both = (...args) => (typeof args[0] === 'number' ? processKill(...args) : workerKill(...args));
  process.kill = both;
  worker.kill = both;
});
