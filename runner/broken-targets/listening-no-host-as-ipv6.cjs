// Broken on purpose: TCP with no host is reported as what the socket is (IPv6 '::'), not as addressType 4 and address null.
module.exports = require('./lib/rewrite-listening.cjs')((a) => (a.addressType === 4 && a.address === null ? { ...a, addressType: 6, address: '::' } : a));
