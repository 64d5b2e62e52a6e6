// Broken on purpose (SPEC node.net-07): servers in workers have no maxConnections (assignments are lost).
const { ignoreServerProperty } = require('./lib/worker-patches.cjs');
ignoreServerProperty('maxConnections');
module.exports = require('node:cluster');
