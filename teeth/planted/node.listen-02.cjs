// breaks: node.listen-02
// does: a worker gives a new listen(0) server the lowest place no open server of its own holds on that address, instead of counting on while one stays open there
// base: reference-node
// profile: node
const { referenceNode, referencePart } = require('../lib/plant.cjs');

const { ListenSlots } = referencePart('listen-slots');
const taken = new WeakMap();
const takenOn = (slots, address) => {
  const byAddress = taken.get(slots) ?? new Map();
  taken.set(slots, byAddress);
  if (!byAddress.has(address)) byAddress.set(address, new Set());
  return byAddress.get(address);
};
ListenSlots.prototype.take = function (address) {
  const open = takenOn(this, address);
  let slot = 0;
  while (open.has(slot)) slot++;
  open.add(slot);
  return slot;
};
ListenSlots.prototype.release = function (address, slot) {
  takenOn(this, address).delete(slot);
};
module.exports = referenceNode();
