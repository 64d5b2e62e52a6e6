// breaks: cluster.event.listening-05
// does: addressType is 'IPv4' (the family name net uses) instead of 4 for TCP over IPv4
// touches: worker.event.listening-02
const { nodeCluster } = require('../lib/plant.cjs');
const { replaceAddressType } = require('../lib/addresses.cjs');

module.exports = replaceAddressType(nodeCluster(), 4, 'IPv4');
