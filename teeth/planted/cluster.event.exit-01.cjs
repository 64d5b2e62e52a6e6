// breaks: cluster.event.exit-01
// does: cluster emits no 'exit' for a worker that the primary ended with disconnect(), as if a planned exit were not a death
// touches: how-25 worker.event.exit-04 worker.disconnect-05 worker.exitedAfterDisconnect-02 worker.isConnected-01 worker.process-04 cluster.disconnect-01 cluster.disconnect-04
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');
const { trackEndings } = require('../lib/endings.cjs');

const cluster = nodeCluster();
const endedBy = trackEndings(cluster);
module.exports = changeEvents(cluster, (name, [worker]) => (name === 'exit' && endedBy(worker) === 'disconnect' ? null : undefined));
