// breaks: node.listen-06
// does: a worker's UDP bind(0) that the primary cannot carry out fails with "bind CODE address:0" and port 0, not "bind CODE address" without a port
// profile: node
const dgram = require('node:dgram');
const { nodeCluster } = require('../lib/plant.cjs');
const bindErrorWithPort = require('../lib/bind-error-with-port.cjs');

module.exports = bindErrorWithPort(nodeCluster(), dgram.Socket.prototype);
