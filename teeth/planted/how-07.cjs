// breaks: how-07
// does: round-robin hands every connection to the worker that listened first; the others stand by and join only when it leaves
// touches: worker.disconnect-06
// base: reference
const { reference, referencePart } = require('../lib/plant.cjs');

const scheduling = referencePart('round-robin-scheduler');
const { RoundRobinScheduler } = scheduling;
scheduling.RoundRobinScheduler = class StandbyScheduler extends RoundRobinScheduler {
  #active;
  #standby = [];

  addWorker(worker) {
    if (this.#active === undefined) this.#active = worker;
    if (worker === this.#active) return super.addWorker(worker);
    if (!this.#standby.includes(worker)) this.#standby.push(worker);
    return [];
  }

  removeWorker(worker) {
    if (this.#standby.includes(worker)) {
      this.#standby = this.#standby.filter((w) => w !== worker);
      return [];
    }
    if (worker !== this.#active) return super.removeWorker(worker);
    this.#active = this.#standby.shift();
    const joined = this.#active === undefined ? [] : super.addWorker(this.#active);
    return [...joined, ...super.removeWorker(worker)];
  }
};

module.exports = reference();
