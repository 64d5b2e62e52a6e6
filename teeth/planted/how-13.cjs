// breaks: how-13
// does: listen(handle) in a worker asks the primary to listen on the handle's address instead of using the handle itself
const net = require('node:net');
const { nodeCluster, changeListen } = require('../lib/plant.cjs');

module.exports = changeListen(nodeCluster(), (target) => {
  if (!(target instanceof net.Server)) return undefined;
  const { address, port } = target.address();
  return { host: address, port };
});
