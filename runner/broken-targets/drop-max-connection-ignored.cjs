// Broken on purpose (SPEC node.net-10): servers in workers have no dropMaxConnection (assignments are lost).
const { ignoreServerProperty } = require('./lib/worker-patches.cjs');
ignoreServerProperty('dropMaxConnection');
module.exports = require('node:cluster');
