// breaks: worker.event.disconnect-02
// does: cluster emits 'disconnect' only for workers whose disconnect was asked for, not for one whose channel closed as its process ended
// touches: cluster.event.disconnect-01, cluster.event.disconnect-02, cluster.event.disconnect-03, worker.isConnected-03, worker.kill-06, node.findings-14, node.findings-16
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [worker]) => (name === 'disconnect' && !worker.exitedAfterDisconnect ? null : undefined));
