// breaks: node.net-10
// does: servers in workers have no dropMaxConnection (what is assigned to it is lost), so a full round-robin worker leaves connections to the others instead of dropping them
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { ignoreServerProperty } = require('../lib/worker-patches.cjs');

ignoreServerProperty('dropMaxConnection');
module.exports = nodeCluster();
