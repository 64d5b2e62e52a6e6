// Runs one check and turns its assertions into one pass/fail result per
// declared clause. Whatever goes wrong (fixture crash, timeout, a bug in the
// check) fails every clause of the check with that message; it never escapes.
import { CheckContext } from './check-context.js';
import type { RegisteredCheck } from './registry.js';
import type { Result } from './results.js';
import type { Runtime } from './runtimes.js';
import type { Target } from './targets.js';
import type { FixtureCache } from './fixture-cache.js';

/** Time limit of one check, its fixtures included, unless --timeout / CLUSTER_CONFORMANCE_TIMEOUT says otherwise. */
export const DEFAULT_CHECK_TIMEOUT_MS = 30_000;

export interface CheckEnvironment {
  target: Target;
  runtime: Runtime;
  /** Budget for the whole check, fixtures included. */
  timeoutMs: number;
  /** Shares fixture runs between the checks of one suite run. */
  fixtures?: FixtureCache;
}

export async function executeCheck(check: Pick<RegisteredCheck, 'name' | 'clauses' | 'body'>, environment: CheckEnvironment): Promise<Result[]> {
  const started = Date.now();
  const controller = new AbortController();
  const t = new CheckContext(check.clauses, { ...environment, fixtureTimeoutMs: environment.timeoutMs, signal: controller.signal });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`check timed out after ${environment.timeoutMs} ms`));
    }, environment.timeoutMs);
  });
  let failure: string | undefined;
  try {
    await Promise.race([check.body(t), timeout]);
  } catch (error) {
    failure = error instanceof Error ? `${error.message}` : String(error);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  const durationMs = Date.now() - started;
  return check.clauses.map((clause): Result => {
    const base = { clause, test: check.name, durationMs };
    if (failure !== undefined) return { ...base, status: 'fail', message: `${clause}: ${failure}` };
    const mine = t.assertions.filter((a) => a.clause === clause);
    if (mine.length === 0) return { ...base, status: 'fail', message: `${clause}: no assertion (declared by the check but never asserted)` };
    const failed = mine.filter((a) => !a.ok);
    if (failed.length > 0) return { ...base, status: 'fail', message: failed.map((a) => a.message).join('\n') };
    return { ...base, status: 'pass', message: `${mine.length} assertion${mine.length === 1 ? '' : 's'} held` };
  });
}
