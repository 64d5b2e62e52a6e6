// breaks: node.udp-05
// does: dgram.createSocket() in workers drops reuseAddr, so a second worker's exclusive bind of the port fails with EADDRINUSE
// touches: node.udp-06
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { dropSocketOption } = require('../lib/worker-patches.cjs');

dropSocketOption('reuseAddr');
module.exports = nodeCluster();
