// breaks: cluster.event.disconnect-03
// does: cluster emits no 'disconnect' for a worker ended by kill(), only for workers that exited or were disconnected
// touches: cluster.event.disconnect-01 worker.event.disconnect-02 worker.isConnected-03 worker.kill-06 node.findings-14 node.findings-16
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');
const { trackEndings } = require('../lib/endings.cjs');

const cluster = nodeCluster();
const endedBy = trackEndings(cluster);
module.exports = changeEvents(cluster, (name, [worker]) => (name === 'disconnect' && endedBy(worker) === 'kill' ? null : undefined));
