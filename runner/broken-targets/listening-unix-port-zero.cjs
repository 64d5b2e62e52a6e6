// Broken on purpose: a Unix socket's 'listening' address has port 0 instead of -1.
module.exports = require('./lib/rewrite-listening.cjs')((a) => (a.addressType === -1 ? { ...a, port: 0 } : a));
