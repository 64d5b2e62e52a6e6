// Broken on purpose (SPEC node.net-06): a worker's reusePort server is reported by 'listening' in the primary.
const { reportListening } = require('./lib/worker-patches.cjs');
reportListening((options) => options.reusePort === true);
module.exports = require('node:cluster');
