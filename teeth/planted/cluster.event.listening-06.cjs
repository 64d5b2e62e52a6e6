// breaks: cluster.event.listening-06
// does: addressType is 4 for every TCP server, IPv6 ones included
const { nodeCluster } = require('../lib/plant.cjs');
const { replaceAddressType } = require('../lib/addresses.cjs');

module.exports = replaceAddressType(nodeCluster(), 6, 4);
