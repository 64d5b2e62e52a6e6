// Broken on purpose: the reference in its Node mode, but a worker's round-robin server does not keep the worker
// alive (nothing stands in for the socket it does not have).
const keepAlive = require('../../dist/reference/server-keep-alive.cjs');

const keepAliveFor = keepAlive.keepAliveFor;
keepAlive.keepAliveFor = (server, holder) => (holder ? keepAliveFor(server, holder) : () => {});
module.exports = require('../../dist/reference/node-entry.cjs');
