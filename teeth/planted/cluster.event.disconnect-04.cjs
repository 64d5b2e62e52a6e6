// breaks: cluster.event.disconnect-04
// does: cluster emits no 'disconnect' for a worker ended by worker.disconnect(), only for workers that exited or were killed
// touches: cluster.event.disconnect-01 worker.event.disconnect-02 worker.disconnect-08 worker.isConnected-03
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');
const { trackEndings } = require('../lib/endings.cjs');

const cluster = nodeCluster();
const endedBy = trackEndings(cluster);
module.exports = changeEvents(cluster, (name, [worker]) => (name === 'disconnect' && endedBy(worker) === 'disconnect' ? null : undefined));
