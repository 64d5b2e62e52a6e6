// breaks: node.address-03
// does: a TCP server given no host is reported as what its socket is (addressType 6, address '::'), not as addressType 4 and address null
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), (a) => (a.addressType === 4 && a.address === null ? { ...a, addressType: 6, address: '::' } : a));
