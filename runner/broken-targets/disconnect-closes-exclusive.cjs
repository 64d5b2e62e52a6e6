// Broken on purpose (SPEC node.net-04): a worker's exclusive servers close when it disconnects.
const net = require('node:net');
const { closeOnDisconnect } = require('./lib/worker-patches.cjs');
closeOnDisconnect(net.Server.prototype, 'listen', (options) => options.exclusive === true);
module.exports = require('node:cluster');
