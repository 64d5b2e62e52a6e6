// breaks: node.udp-03
// does: a worker's exclusive bind() of a port another worker holds quietly binds another port instead of failing with EADDRINUSE
// profile: node
const dgram = require('node:dgram');
const { nodeCluster } = require('../lib/plant.cjs');
const { anyPortOnConflict } = require('../lib/worker-patches.cjs');

anyPortOnConflict(dgram.Socket.prototype, 'bind', (options) => options.exclusive === true);
module.exports = nodeCluster();
