// breaks: node.findings-08
// does: after disconnect() in the primary, exitedAfterDisconnect reads undefined until the worker has exited (the cluster page's behaviour, not Node's)
// profile: node
const { nodeCluster, patchForkedWorkers, replaceMethod, defineValue } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let value = worker.exitedAfterDisconnect;
  let disconnecting = false;
  // Node reads the flag back and stores it as a boolean on 'disconnect': that read must not lose the true.
  const hidden = () => disconnecting && !worker.isDead();
  defineValue(worker, 'exitedAfterDisconnect', () => (hidden() ? undefined : value), (given) => (value = hidden() ? value : given));
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    const returned = disconnect();
    disconnecting = true;
    return returned;
  });
});
