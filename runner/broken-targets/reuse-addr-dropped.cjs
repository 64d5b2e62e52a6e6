// Broken on purpose (SPEC node.udp-05): dgram.createSocket in workers drops reuseAddr.
const { dropSocketOption } = require('./lib/worker-patches.cjs');
dropSocketOption('reuseAddr');
module.exports = require('node:cluster');
