// breaks: node.net-07
// does: servers in workers have no maxConnections (what is assigned to it is lost), so round-robin hands a full worker more connections
// touches: node.net-08 node.net-09
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { ignoreServerProperty } = require('../lib/worker-patches.cjs');

ignoreServerProperty('maxConnections');
module.exports = nodeCluster();
