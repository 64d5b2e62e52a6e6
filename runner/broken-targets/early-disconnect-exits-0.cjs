// Broken on purpose: worker.process.disconnect() before the worker is online waits for 'online', so the worker exits with 0.
// The same module as the teeth corpus's planted violation of node.observed-04.
module.exports = require('../../teeth/planted/node.observed-04.cjs');
