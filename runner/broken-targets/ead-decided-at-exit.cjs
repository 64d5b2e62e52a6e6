// Broken on purpose: in the primary, exitedAfterDisconnect reads undefined until the worker's 'exit'.
// The same module as the teeth corpus's planted violation of node.observed-01.
module.exports = require('../../teeth/planted/node.observed-01.cjs');
