// breaks: cluster.event.listening-02
// does: cluster's 'listening' handler receives a copy made from the Worker (same id and methods), not the Worker that listens
// touches: worker.id-02
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [worker, ...rest]) => (name === 'listening' ? [Object.create(worker), ...rest] : undefined));
