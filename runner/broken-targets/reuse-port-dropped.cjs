// Broken on purpose (SPEC node.udp-08): dgram.createSocket in workers drops reusePort (so binds go through the primary).
const { dropSocketOption } = require('./lib/worker-patches.cjs');
dropSocketOption('reusePort');
module.exports = require('node:cluster');
