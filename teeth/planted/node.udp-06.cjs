// breaks: node.udp-06
// does: workers ask the primary to bind without the socket's reuseAddr (and ipv6Only), so a port another socket holds with reuseAddr is not bound
// touches: node.udp-07
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

const request = referencePart('listen-request');
const { parseBind } = request;
request.parseBind = (type, args) => parseBind(type, args, undefined);
module.exports = referenceNode();
