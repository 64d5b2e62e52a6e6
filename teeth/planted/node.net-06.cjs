// breaks: node.net-06
// does: a worker's reusePort server is reported by 'listening' in the primary, as a shared one is
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { reportListening } = require('../lib/worker-patches.cjs');

reportListening((options) => options.reusePort === true);
module.exports = nodeCluster();
