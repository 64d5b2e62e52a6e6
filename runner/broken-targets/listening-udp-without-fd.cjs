// Broken on purpose: a UDP socket's 'listening' address has fd undefined instead of -1.
module.exports = require('./lib/rewrite-listening.cjs')((a) => (a.addressType === 'udp4' || a.addressType === 'udp6' ? { ...a, fd: undefined } : a));
