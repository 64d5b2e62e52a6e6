// breaks: node.address-07
// does: cluster's 'listening' gets a copy of the address object the Worker's 'listening' got, not the same object
// profile: node
const { changeEvents, nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
if (cluster.isPrimary) changeEvents(cluster, (name, [worker, address, ...rest]) => (name === 'listening' && address ? [worker, { ...address }, ...rest] : undefined));
module.exports = cluster;
