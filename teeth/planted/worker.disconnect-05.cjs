// breaks: worker.disconnect-05
// does: only a disconnect() called in the primary marks the exit voluntary: a worker that called disconnect() itself exits with exitedAfterDisconnect false
const { nodeCluster, patchForkedWorkers, replaceMethod, defineValue } = require('../lib/plant.cjs');

module.exports = patchForkedWorkers(nodeCluster(), (worker) => {
  let calledHere = false;
  let value = worker.exitedAfterDisconnect;
  defineValue(worker, 'exitedAfterDisconnect', () => (value === true && !calledHere ? false : value), (given) => (value = given));
  replaceMethod(worker, 'disconnect', (disconnect) => () => {
    calledHere = true;
    return disconnect();
  });
});
