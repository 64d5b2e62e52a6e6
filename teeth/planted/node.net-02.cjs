// breaks: node.net-02
// does: a worker's non-exclusive listen() on a port another worker holds exclusively quietly listens on another port instead of failing with EADDRINUSE
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { anyPortOnConflict } = require('../lib/worker-patches.cjs');

anyPortOnConflict(net.Server.prototype, 'listen', (options) => options.exclusive !== true);
module.exports = nodeCluster();
