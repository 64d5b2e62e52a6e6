// Broken on purpose: listen({ fd }) is reported with addressType 4 and address '127.0.0.1', as if a host had been given.
module.exports = require('./lib/rewrite-listening.cjs')((a) => (typeof a.fd === 'number' && a.fd >= 0 ? { ...a, addressType: 4, address: '127.0.0.1' } : a));
