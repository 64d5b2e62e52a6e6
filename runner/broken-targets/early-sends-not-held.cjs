// Broken on purpose (SPEC node.udp-01): the reference without held sends: a send() before the bind through the
// primary completed binds the socket on its own first, so the datagram leaves from another port.
const cluster = require('../../dist/reference/index.cjs');
require('../../dist/reference/held-sends.cjs').holdSends = () => ({ cancel() {} });
module.exports = cluster;
