// Runs a property whose every case starts real processes, once per target, within a time budget.
import fc from 'fast-check';
import t from 'tap';
import { currentFcOptions } from './fc-options.js';
import { report, type ClauseTag } from './fc-run.js';
import { REAL_TARGETS, type RealTarget } from './real-fixture.js';
import type { Verdict } from './scheduler-properties.js';

/** Cases per target unless --real-runs / FC_REAL_RUNS says otherwise; each case forks a cluster. */
export const DEFAULT_REAL_RUNS = 6;
/** Stops generating (and shrinking) new cases after this long, so a failure cannot eat the whole budget. */
const TIME_LIMIT_MS = 60_000;

/** A tap test, with one subtest per target, that `holds` for every generated scenario. */
export function realPropertyTest<S>(tag: ClauseTag, scenarios: fc.Arbitrary<S>, holds: (target: RealTarget, scenario: S) => Promise<Verdict>): void {
  t.test(tag.name, async (tt) => {
    for (const target of REAL_TARGETS) {
      await tt.test(target, async (ttt) => {
        const options = currentFcOptions();
        const property = fc.asyncProperty(scenarios, async (scenario) => {
          const why = await holds(target, scenario);
          if (why !== undefined) throw new Error(why);
        });
        const details = await fc.check(property, {
          seed: options.seed,
          path: options.path,
          numRuns: options.realRuns ?? DEFAULT_REAL_RUNS,
          interruptAfterTimeLimit: TIME_LIMIT_MS,
        });
        report(ttt, details as fc.RunDetails<unknown>, [tag.name, target]);
      });
    }
  });
}
