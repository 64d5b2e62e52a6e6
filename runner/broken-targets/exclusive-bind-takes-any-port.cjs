// Broken on purpose (SPEC node.udp-03): a worker's exclusive bind of a taken port quietly binds another.
const dgram = require('node:dgram');
const { anyPortOnConflict } = require('./lib/worker-patches.cjs');
anyPortOnConflict(dgram.Socket.prototype, 'bind', (options) => options.exclusive === true);
module.exports = require('node:cluster');
