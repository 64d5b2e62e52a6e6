// breaks: node.udp-08
// does: dgram.createSocket() in workers drops reusePort, so binds go through the primary and a second worker's bind of the port fails
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { dropSocketOption } = require('../lib/worker-patches.cjs');

dropSocketOption('reusePort');
module.exports = nodeCluster();
