// Broken on purpose (SPEC node.udp-07): dgram.createSocket in workers drops ipv6Only.
const { dropSocketOption } = require('./lib/worker-patches.cjs');
dropSocketOption('ipv6Only');
module.exports = require('node:cluster');
