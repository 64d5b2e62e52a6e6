// breaks: node.net-08
// does: the primary takes a full worker's answer for a refusal: the worker leaves the rotation, so with every worker full a new connection is closed instead of waiting
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

const { RoundRobinScheduler } = referencePart('round-robin-scheduler');
RoundRobinScheduler.prototype.full = function (worker, connection) {
  return this.acknowledged(worker, connection, false);
};
module.exports = referenceNode();
