// Broken on purpose: for TCP on an IP host, 'listening' names the port asked for (0), not the one listened on.
module.exports = require('./lib/rewrite-listening.cjs')((a) => (typeof a.address === 'string' && (a.addressType === 4 || a.addressType === 6) ? { ...a, port: 0 } : a));
