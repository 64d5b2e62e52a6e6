// Broken on purpose (SPEC node.net-01): a worker's exclusive listen on a taken port quietly listens on another.
const net = require('node:net');
const { anyPortOnConflict } = require('./lib/worker-patches.cjs');
anyPortOnConflict(net.Server.prototype, 'listen', (options) => options.exclusive === true);
module.exports = require('node:cluster');
