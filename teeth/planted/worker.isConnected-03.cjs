// breaks: worker.isConnected-03
// does: isConnected() follows the process rather than the channel: still true after 'disconnect', until the worker is dead
const { nodeCluster, patchForkedWorkers } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  worker.isConnected = () => !worker.isDead();
});
