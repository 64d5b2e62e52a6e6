// breaks: how-21
// does: the shared round-robin server stops accepting when the workers on it drop to one (off by one: it should close at none)
// touches: how-22, worker.disconnect-06
// base: reference
const { reference, referencePart } = require('../lib/plant.cjs');

const handles = referencePart('round-robin-handle');
const { RoundRobinHandle } = handles;
handles.RoundRobinHandle = class ClosingAtOne extends RoundRobinHandle {
  #members = new Set();

  add(member) {
    this.#members.add(member);
    return super.add(member);
  }

  remove(member) {
    super.remove(member);
    this.#members.delete(member);
    if (this.#members.size === 1) this.close();
  }
};

module.exports = reference();
