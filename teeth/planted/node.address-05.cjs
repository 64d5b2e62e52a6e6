// breaks: node.address-05
// does: a UDP socket's 'listening' address has fd undefined instead of -1
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), (a) => (a.addressType === 'udp4' || a.addressType === 'udp6' ? { ...a, fd: undefined } : a));
