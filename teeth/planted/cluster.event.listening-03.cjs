// breaks: cluster.event.listening-03
// does: the address object of cluster's 'listening' has port and addressType but no address property
// touches: cluster.event.listening-04 cluster.event.listening-06 cluster.event.listening-07 cluster.event.listening-08 cluster.event.listening-09 worker.event.listening-02
const { nodeCluster } = require('../lib/plant.cjs');
const { changeListeningAddress } = require('../lib/addresses.cjs');

module.exports = changeListeningAddress(nodeCluster(), ({ address, ...rest }) => rest);
