// breaks: worker.disconnect-10
// does: in a worker, process.disconnect and cluster.worker.disconnect are one function (each call goes to the right one by its this)
const { nodeCluster, patchOwnWorker } = require('../lib/plant.cjs');

module.exports = patchOwnWorker(nodeCluster(), (worker) => {
  if (typeof process.disconnect !== 'function') return; // started with NODE_UNIQUE_ID but no channel
  const processDisconnect = process.disconnect.bind(process);
  const workerDisconnect = worker.disconnect.bind(worker);
  const both = function () {
    return this === process ? processDisconnect() : workerDisconnect();
  };
  process.disconnect = both;
  worker.disconnect = both;
});
