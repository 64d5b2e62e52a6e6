// breaks: worker.disconnect-03
// does: worker.disconnect() in the primary closes the channel from its own side instead of making the worker disconnect itself
// touches: worker.disconnect-06, worker.disconnect-07, worker.disconnect-08, worker.disconnect-09, worker.process-04, cluster.disconnect-01
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.disconnect = () => {
    worker.exitedAfterDisconnect = true;
    worker.process.disconnect();
    return worker;
  };
});
