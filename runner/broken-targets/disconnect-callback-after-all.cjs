// Broken on purpose: cluster.disconnect(callback) calls back once every worker has exited, after their 'exit' events.
// The same module as the teeth corpus's planted violation of node.observed-03.
module.exports = require('../../teeth/planted/node.observed-03.cjs');
