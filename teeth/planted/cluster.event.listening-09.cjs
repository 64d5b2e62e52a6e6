// breaks: cluster.event.listening-09
// does: addressType is 'udp4' for every UDP socket, IPv6 ones included
const { nodeCluster } = require('../lib/plant.cjs');
const { replaceAddressType } = require('../lib/addresses.cjs');

module.exports = replaceAddressType(nodeCluster(), 'udp6', 'udp4');
