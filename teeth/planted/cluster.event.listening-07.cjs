// breaks: cluster.event.listening-07
// does: addressType is 'unix' instead of -1 for a Unix domain socket
const { nodeCluster } = require('../lib/plant.cjs');
const { replaceAddressType } = require('../lib/addresses.cjs');

module.exports = replaceAddressType(nodeCluster(), -1, 'unix');
