// Broken on purpose (SPEC node.udp-04): a worker's exclusively bound dgram sockets close when it disconnects.
const dgram = require('node:dgram');
const { closeOnDisconnect } = require('./lib/worker-patches.cjs');
closeOnDisconnect(dgram.Socket.prototype, 'bind', (options) => options.exclusive === true);
module.exports = require('node:cluster');
