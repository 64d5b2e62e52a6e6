// breaks: node.address-06
// does: listen({ fd }) is reported with addressType 4 and address '127.0.0.1', as if a host had been given
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), (a) => (typeof a.fd === 'number' && a.fd >= 0 ? { ...a, addressType: 4, address: '127.0.0.1' } : a));
