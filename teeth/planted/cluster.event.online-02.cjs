// breaks: cluster.event.online-02
// does: only the Worker emits 'online' when the worker reports itself online; cluster itself emits none
// touches: cluster.event.online-01 cluster.event.online-03 cluster.event.listening-01 worker.id-02 worker.isDead-01
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name) => (name === 'online' ? null : undefined));
