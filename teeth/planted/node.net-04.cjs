// breaks: node.net-04
// does: a worker's exclusive servers are closed when the primary disconnects the worker, as shared ones are
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { closeOnDisconnect } = require('../lib/worker-patches.cjs');

closeOnDisconnect(net.Server.prototype, 'listen', (options) => options.exclusive === true);
module.exports = nodeCluster();
