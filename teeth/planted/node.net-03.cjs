// breaks: node.net-03
// does: a worker's exclusive server is reported by 'listening' in the primary (by the Worker and cluster), as a shared one is
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { reportListening } = require('../lib/worker-patches.cjs');

reportListening((options) => options.exclusive === true);
module.exports = nodeCluster();
