// One check under expectations: clauses expected to be skipped are not run
// (the whole check is skipped when all of them are), the rest are run and
// their results mapped through the expectations.
import { applyExpectation, expectationFor, type ExpectationMap } from './expectations.js';
import { executeCheck, type CheckEnvironment } from './execute-check.js';
import type { RegisteredCheck } from './registry.js';
import type { Result } from './results.js';

/** Why a clause does not apply to this runtime (e.g. it needs a later Node), or undefined. */
export type Applicability = (clause: string) => string | undefined;

export async function runCheck(
  check: Pick<RegisteredCheck, 'name' | 'clauses' | 'body'>,
  environment: CheckEnvironment,
  expectations: ExpectationMap,
  notApplicable: Applicability = () => undefined,
): Promise<Result[]> {
  const expected = (clause: string) => expectationFor(expectations, clause, check.name);
  const skipped = (clause: string) => expected(clause)?.status === 'skip' || notApplicable(clause) !== undefined;
  const raw: Result[] = check.clauses.every(skipped)
    ? check.clauses.map((clause) => ({ clause, test: check.name, status: 'skip', durationMs: 0, message: '' }))
    : await executeCheck(check, environment);
  return raw.map((result) => {
    const why = notApplicable(result.clause);
    return why ? { ...result, status: 'skip', message: why } : applyExpectation(result, expected(result.clause));
  });
}
