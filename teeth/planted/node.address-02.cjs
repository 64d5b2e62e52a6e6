// breaks: node.address-02
// does: for a TCP server on an IP host, 'listening' names the port asked for (0), not the one the server listens on
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), (a) => (typeof a.address === 'string' && (a.addressType === 4 || a.addressType === 6) ? { ...a, port: 0 } : a));
