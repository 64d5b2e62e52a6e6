// Did a planted violation get caught? (pure) A clause is caught when one of its tests fails against the planted
// module while the same test passes against the module's base (the baseline run). A test the base already fails
// cannot tell anything; a clause all of whose tests fail on the base needs another base.
import type { Result } from '../runner/results.js';

export type Outcome = 'caught' | 'missed' | 'not-catchable' | 'error';

/** How the failing test saw it: an assertion on the clause, the fixture or check crashing, or the time limit. */
export type CatchKind = 'assertion' | 'crash' | 'timeout';

export interface Catch {
  test: string;
  kind: CatchKind;
  /** The first line of the failure message. */
  message: string;
}

export interface ClauseVerdict {
  clause: string;
  outcome: Outcome;
  caughtBy: Catch[];
  /** Why it is not `caught`, in a few words. */
  note?: string;
}

const FAILING = new Set(['fail', 'xfail']);
const PASSING = new Set(['pass', 'xpass']);

const TIMEOUT = /^(check timed out|fixture \S+ (timed out|was stopped))/;
const CRASH = /^(fixture \S+ (was killed|exited with code|not found)|no assertion|could not start)/;

/** Reads the kind of failure from its message (`<clause>: <what>`), as the runner words fixture and check failures. */
export function catchKind(message: string): CatchKind {
  const what = message.replace(/^\S+: /, '');
  if (TIMEOUT.test(what)) return 'timeout';
  if (CRASH.test(what)) return 'crash';
  return 'assertion';
}

/** Tests of `clause` that pass in the baseline. */
function passingTests(clause: string, baseline: readonly Result[]): Set<string> {
  return new Set(baseline.filter((r) => r.clause === clause && PASSING.has(r.status)).map((r) => r.test));
}

/** `planted` is undefined when the run gave no report; `error` then says why. */
export function judgeClause(clause: string, planted: readonly Result[] | undefined, baseline: readonly Result[] | undefined, error?: string): ClauseVerdict {
  if (!planted || !baseline) return { clause, outcome: 'error', caughtBy: [], note: error ?? 'no report' };
  const usable = passingTests(clause, baseline);
  if (usable.size === 0) {
    const mine = baseline.filter((r) => r.clause === clause);
    const note =
      mine.length > 0 && mine.every((r) => r.status === 'skip')
        ? 'the base skips the clause (not applicable to this Node version): run with --runtime of a Node that has it'
        : 'every test of the clause fails on the base already; plant it on another base (// base: reference)';
    return { clause, outcome: 'not-catchable', caughtBy: [], note };
  }
  const caughtBy = planted
    .filter((r) => r.clause === clause && FAILING.has(r.status) && usable.has(r.test))
    .map((r) => ({ test: r.test, kind: catchKind(r.message), message: r.message.split('\n')[0] }));
  if (caughtBy.length > 0) return { clause, outcome: 'caught', caughtBy };
  const ran = planted.some((r) => r.clause === clause);
  return { clause, outcome: 'missed', caughtBy, note: ran ? 'every test of the clause passed' : 'no test of the clause ran' };
}

/** Clauses with a test that fails against the planted module and passes on the base, in the order of `planted`. */
export function newlyFailing(planted: readonly Result[], baseline: readonly Result[]): string[] {
  const passed = new Set(baseline.filter((r) => PASSING.has(r.status)).map((r) => `${r.clause}\u0000${r.test}`));
  const clauses = planted.filter((r) => FAILING.has(r.status) && passed.has(`${r.clause}\u0000${r.test}`)).map((r) => r.clause);
  return [...new Set(clauses)];
}
