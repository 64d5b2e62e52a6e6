// breaks: cluster.event.message-02
// does: cluster's 'message' drops the handle sent with a message: it gives (worker, message) only
// touches: cluster.event.message-01
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

module.exports = changeEvents(nodeCluster(), (name, [worker, message]) => (name === 'message' ? [worker, message] : undefined));
