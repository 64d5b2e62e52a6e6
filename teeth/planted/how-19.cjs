// breaks: how-19
// does: a worker ended by a signal is taken for a crash of the whole cluster: the primary kills every other worker too
// touches: how-20, how-21, how-22
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) {
  cluster.on('exit', (dead, code, signal) => {
    if (signal) for (const worker of Object.values(cluster.workers)) if (worker !== dead) worker.kill();
  });
}
module.exports = cluster;
