// breaks: node.address-04
// does: a Unix socket's 'listening' address has port 0 instead of -1
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), (a) => (a.addressType === -1 ? { ...a, port: 0 } : a));
