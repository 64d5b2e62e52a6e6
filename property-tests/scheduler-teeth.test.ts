// Each scheduler property must catch the faults planted in faulty-schedulers.ts at capacities 1 and 2
// (capacity-only faults at 2), and every fault must be caught by some property: otherwise the properties could pass against a broken
// scheduler.
import t from 'tap';
import { currentFcOptions } from './fc-options.js';
import { capacityOnlyFaults, faults, FaultyScheduler } from './faulty-schedulers.js';
import { schedulerProperties } from './scheduler-catalogue.js';

/** Enough runs that each planted fault is found on every seed tried (see README: measured miss rate). */
const TEETH_RUNS = 1000;

for (const [name, property] of Object.entries(schedulerProperties)) {
  for (const fault of property.caughtBy) {
    for (const capacity of capacityOnlyFaults.includes(fault) ? [2] : [1, 2]) {
      t.test(`${name} catches the ${fault} scheduler at capacity ${capacity}`, async (tt) => {
        const { seed } = currentFcOptions();
        const details = property.run({ capacity, make: () => new FaultyScheduler(fault, capacity) }, { seed, numRuns: TEETH_RUNS });
        tt.ok(details.failed, `counterexample found after ${details.numRuns} runs (seed ${details.seed})`);
      });
    }
  }
}

t.test('every planted fault is caught by at least one property', async (tt) => {
  const caught = new Set(Object.values(schedulerProperties).flatMap((p) => p.caughtBy));
  tt.same(faults.filter((f) => !caught.has(f)), []);
});
