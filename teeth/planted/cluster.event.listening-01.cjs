// breaks: cluster.event.listening-01
// does: only the Worker emits 'listening' when its server listens; cluster itself emits none
// touches: cluster.event.listening-02 cluster.event.listening-03 cluster.event.listening-04 cluster.event.listening-05 cluster.event.listening-06 cluster.event.listening-07 cluster.event.listening-08 cluster.event.listening-09 worker.event.listening-02 worker.id-02 worker.isConnected-01 worker.isDead-01
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name) => (name === 'listening' ? null : undefined));
