// breaks: cluster.event.listening-08
// does: addressType is 4 (the IP version only) instead of 'udp4' for a UDP socket over IPv4
const { nodeCluster } = require('../lib/plant.cjs');
const { replaceAddressType } = require('../lib/addresses.cjs');

module.exports = replaceAddressType(nodeCluster(), 'udp4', 4);
