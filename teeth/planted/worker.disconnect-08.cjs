// breaks: worker.disconnect-08
// does: a disconnecting worker closes its channel once its servers stop listening, without waiting for their open connections to end
// touches: worker.disconnect-03
const { nodeCluster, changeDisconnectClose } = require('../lib/plant.cjs');

module.exports = changeDisconnectClose(nodeCluster(), (close) => function (callback) {
  close.call(this);
  process.nextTick(callback);
  return this;
});
