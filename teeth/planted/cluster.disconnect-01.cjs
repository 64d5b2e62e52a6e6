// breaks: cluster.disconnect-01
// does: cluster.disconnect() closes each worker's IPC channel (worker.process.disconnect()) instead of calling worker.disconnect(), so no server is closed first and no exit counts as voluntary
// touches: cluster.disconnect-03
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  cluster.disconnect = (callback) => {
    const connected = Object.values(cluster.workers).filter((worker) => worker.isConnected());
    let pending = connected.length;
    const done = () => --pending <= 0 && callback?.();
    if (pending === 0) process.nextTick(done);
    for (const worker of connected) {
      worker.once('disconnect', done);
      worker.process.disconnect();
    }
  };
}
module.exports = cluster;
