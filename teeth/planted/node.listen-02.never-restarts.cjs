// breaks: node.listen-02
// does: a worker keeps counting its listen(0) calls on an address after it has closed every server there, instead of starting from the first again
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

// Each place handed out is at least one past the last one on that address, whatever was closed since.
const { ListenSlots } = referencePart('listen-slots');
const counts = new WeakMap();
const take = ListenSlots.prototype.take;
ListenSlots.prototype.take = function (address) {
  const byAddress = counts.get(this) ?? new Map();
  counts.set(this, byAddress);
  const slot = Math.max(take.call(this, address), byAddress.get(address) ?? 0);
  byAddress.set(address, slot + 1);
  return slot;
};
module.exports = referenceNode();
