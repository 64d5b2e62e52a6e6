// Broken on purpose (SPEC node.net-03): a worker's exclusive server is reported by 'listening' in the primary.
const { reportListening } = require('./lib/worker-patches.cjs');
reportListening((options) => options.exclusive === true);
module.exports = require('node:cluster');
