// Runs a property whose every case starts real processes, once per target, within a time budget.
import fc from 'fast-check';
import t from 'tap';
import { currentFcOptions } from './fc-options.js';
import { report, type ClauseTag } from './fc-run.js';
import { killActiveRuns } from '../runner/run-fixture.js';
import { FIXTURE_TIMEOUT_MS, REAL_TARGETS, type RealTarget } from './real-fixture.js';
import type { Verdict } from './scheduler-properties.js';

/** Per target, stops generating (and shrinking) cases after this long, so a failure cannot eat the budget. */
const TIME_LIMIT_MS = 20_000;
/** tap's own timeout for the file must cover the worst case: the time limit plus one fixture run, per target. */
const WORST_CASE_PER_PROPERTY_MS = REAL_TARGETS.length * (TIME_LIMIT_MS + FIXTURE_TIMEOUT_MS) + 10_000;
let fileTimeoutMs = 0;

// If tap stops this file early, its fixtures' process groups must not outlive it.
process.once('exit', killActiveRuns);

/**
 * A tap test, with one subtest per target, that `holds` for every generated scenario. Each case forks a
 * cluster, so `defaultRuns` (cases per target unless --real-runs / FC_REAL_RUNS says otherwise) is small.
 */
export function realPropertyTest<S>(
  tag: ClauseTag,
  scenarios: fc.Arbitrary<S>,
  holds: (target: RealTarget, scenario: S) => Promise<Verdict>,
  defaultRuns: number,
): void {
  fileTimeoutMs += WORST_CASE_PER_PROPERTY_MS;
  t.setTimeout(fileTimeoutMs);
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
          numRuns: options.realRuns ?? defaultRuns,
          interruptAfterTimeLimit: TIME_LIMIT_MS,
        });
        report(ttt, details as fc.RunDetails<unknown>, [tag.name, target]);
      });
    }
  });
}
