// Broken on purpose: in a worker, cluster.worker.exitedAfterDisconnect stays undefined after disconnect().
// The same module as the teeth corpus's planted violation of node.observed-02.
module.exports = require('../../teeth/planted/node.observed-02.cjs');
