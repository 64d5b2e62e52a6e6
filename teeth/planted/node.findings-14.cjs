// breaks: node.findings-14
// does: after disconnect() in the primary the worker stays in cluster.workers until it has both disconnected and exited (the cluster page's behaviour, not Node's)
// profile: node
const { nodeCluster, patchForkedWorkers, replaceMethod } = require('../lib/plant.cjs');

const cluster = nodeCluster();
module.exports = patchForkedWorkers(cluster, (worker) => {
  let left = 0;
  const leaving = () => ++left === 2 && delete cluster.workers[worker.id];
  // Registered first, so the worker is still listed in the other listeners of the earlier event.
  worker.once('disconnect', leaving);
  worker.once('exit', leaving);
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    disconnect();
    if (left < 2) cluster.workers[worker.id] = worker;
    return worker;
  });
});
