// breaks: worker.disconnect-02
// does: a disconnecting worker disconnects its channel first and closes its servers only afterwards
// touches: worker.disconnect-03, worker.disconnect-08
const { nodeCluster, changeDisconnectClose } = require('../lib/plant.cjs');

module.exports = changeDisconnectClose(nodeCluster(), (close) => function (callback) {
  process.once('disconnect', () => close.call(this));
  process.nextTick(callback);
  return this;
});
