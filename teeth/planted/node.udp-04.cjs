// breaks: node.udp-04
// does: a worker's exclusively bound dgram sockets are closed when the primary disconnects the worker
// profile: node
const dgram = require('node:dgram');
const { nodeCluster } = require('../lib/plant.cjs');
const { closeOnDisconnect } = require('../lib/worker-patches.cjs');

closeOnDisconnect(dgram.Socket.prototype, 'bind', (options) => options.exclusive === true);
module.exports = nodeCluster();
