// breaks: cluster.event.disconnect-02
// does: cluster emits no 'disconnect' for a worker that exits by itself, only for workers the primary killed or disconnected
// touches: cluster.event.disconnect-01 worker.event.disconnect-02 worker.isConnected-03
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');
const { trackEndings } = require('../lib/endings.cjs');

const cluster = nodeCluster();
const endedBy = trackEndings(cluster);
module.exports = changeEvents(cluster, (name, [worker]) => (name === 'disconnect' && endedBy(worker) === 'self' ? null : undefined));
