// breaks: node.listen-05
// does: a worker's TCP listen(0) that the primary cannot bind fails with "bind CODE host:0" and port 0, not "bind CODE host" without a port
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const bindErrorWithPort = require('../lib/bind-error-with-port.cjs');

module.exports = bindErrorWithPort(nodeCluster(), net.Server.prototype);
