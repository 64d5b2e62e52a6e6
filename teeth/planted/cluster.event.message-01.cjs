// breaks: cluster.event.message-01
// does: cluster emits 'message' with (message, handle), without the Worker that sent it as first argument
// touches: cluster.event.message-02 worker.send-02 worker.send-09
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [, ...rest]) => (name === 'message' ? rest : undefined));
