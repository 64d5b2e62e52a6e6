// breaks: node.address-01
// does: the 'listening' address object lacks the fd key where its value is undefined (TCP, Unix sockets)
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const rewriteListening = require('../lib/rewrite-listening.cjs');

module.exports = rewriteListening(nodeCluster(), ({ fd, ...rest }) => (fd === undefined ? rest : { ...rest, fd }));
