// breaks: node.udp-07
// does: dgram.createSocket() in workers drops ipv6Only, so a udp6 socket binds the IPv4-mapped address
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { dropSocketOption } = require('../lib/worker-patches.cjs');

dropSocketOption('ipv6Only');
module.exports = nodeCluster();
