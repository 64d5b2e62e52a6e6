// breaks: node.listen-11
// does: a worker's round-robin server does not keep the worker alive (nothing stands in for the socket the worker does not have)
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

const keepAlive = referencePart('server-keep-alive');
const keepAliveFor = keepAlive.keepAliveFor;
keepAlive.keepAliveFor = (server, holder) => (holder ? keepAliveFor(server, holder) : () => {});
module.exports = referenceNode();
