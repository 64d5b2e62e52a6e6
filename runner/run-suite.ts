// Runs the selected checks with at most `jobs` at a time and collects their
// results in declaration order, whatever order they finish in.
import { FixtureCache } from './fixture-cache.js';
import type { ExpectationMap } from './expectations.js';
import { runCheck, type Applicability } from './run-check.js';
import type { Result } from './results.js';
import type { Runtime } from './runtimes.js';
import type { SelectedCheck } from './select-checks.js';
import type { Target } from './targets.js';

export interface SuiteOptions {
  target: Target;
  runtime: Runtime;
  timeoutMs: number;
  jobs: number;
  expectations: ExpectationMap;
  /** Clauses that do not apply to the runtime are skipped with the reason. */
  notApplicable?: Applicability;
  /** Called after each check with the number done so far. */
  onProgress?: (done: number, total: number, results: Result[]) => void;
}

export async function runSuite(checks: readonly SelectedCheck[], options: SuiteOptions): Promise<Result[]> {
  const environment = { target: options.target, runtime: options.runtime, timeoutMs: options.timeoutMs, fixtures: new FixtureCache() };
  const perCheck: Result[][] = new Array(checks.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < checks.length) {
      const index = next++;
      const check = checks[index];
      const results = await runCheck(check, environment, options.expectations, options.notApplicable);
      perCheck[index] = results.filter((r) => check.selected.includes(r.clause));
      done += 1;
      options.onProgress?.(done, checks.length, perCheck[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, checks.length)) }, worker));
  return perCheck.flat();
}
