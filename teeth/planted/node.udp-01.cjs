// breaks: node.udp-01
// does: send() before a worker's bind through the primary completed is not held: it binds the socket on its own first, so the datagram leaves from another port
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

referencePart('held-sends').holdSends = () => ({ cancel() {} });
module.exports = referenceNode();
