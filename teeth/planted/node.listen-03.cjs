// breaks: node.listen-03 node.listen-10
// does: the primary never closes a round-robin socket, even once every worker server on it has closed (nor unlinks a Unix socket's file)
// touches: node.listen-08 how-23 cluster.disconnect-02 cluster.disconnect-03
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

referencePart('round-robin-handle').RoundRobinHandle.prototype.close = function () {};
module.exports = referenceNode();
