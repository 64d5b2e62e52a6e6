// Broken on purpose: the reference in its Node mode, but a worker gives a new server the lowest number no open
// server of its own holds on that address, instead of counting on until it has none open there.
const { ListenSlots } = require('../../dist/reference/listen-slots.cjs');

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
module.exports = require('../../dist/reference/node-entry.cjs');
