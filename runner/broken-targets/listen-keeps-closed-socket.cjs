// Broken on purpose: the reference in its Node mode, but the primary never closes a round-robin socket, even
// once every worker server on it has closed.
const { RoundRobinHandle } = require('../../dist/reference/round-robin-handle.cjs');

RoundRobinHandle.prototype.close = function () {};
module.exports = require('../../dist/reference/node-entry.cjs');
