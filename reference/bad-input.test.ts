// Bad input, differentially (issue 4): scenarios/bad-input.ts makes the same table of invalid calls against
// node:cluster and against the reference, in the primary and in a worker. Where Node 20 throws or reports an error,
// the reference must do so the same way (thrown or reported, same class name, same `code` where Node's error has
// one); where Node accepts the input, what the reference does is only recorded.
import t from 'tap';
import { runScenario } from './scenarios/run-scenario.js';
import type { ErrorFacts, Outcome } from './scenarios/bad-input.js';

type Table = Record<string, Outcome>;

// The scenario's table: 42 calls in the primary, 17 in a worker.
const ROWS = 59;

/** What must match: the synchronous throw (code only where Node's error has one), then the errors reported later. */
function errors(outcome: Outcome | undefined, withCode: boolean): object {
  const error = outcome?.error;
  const thrown = error ? { name: error.name, ...(withCode ? { code: error.code } : {}) } : 'nothing';
  return { thrown, reported: (outcome?.reported ?? []).map(({ via, name, code }: ErrorFacts) => ({ via, name, code })) };
}

/** Its errors in words; `ended` adds how the worker it started or worked on ended (it may be our own SIGKILL). */
function describe(outcome: Outcome | undefined, ended = false): string {
  if (!outcome) return 'no outcome';
  const errors = [outcome.error, ...(outcome.reported ?? [])].filter((e) => e !== undefined);
  const said = errors.map((e) => `${e.via} ${e.name} ${e.code ?? '(no code)'}`).join(', ');
  return `${said || 'accepted'}${ended && outcome.ended ? `, worker ended ${JSON.stringify(outcome.ended)}` : ''}`;
}

t.test('invalid calls fail as in node:cluster', async (t) => {
  const [node, reference] = await Promise.all([runScenario<Table>('bad-input', ['node']), runScenario<Table>('bad-input', ['reference'])]);
  t.equal(Object.keys(node).length, ROWS, 'the whole table ran against node:cluster');
  for (const [call, expected] of Object.entries(node)) {
    const actual = reference[call];
    if (!expected.threw && !expected.reported) {
      t.ok(actual, `${call}: Node accepts it; the reference: ${describe(actual, true)}`);
      continue;
    }
    const withCode = expected.error?.code !== undefined;
    t.same(errors(actual, withCode), errors(expected, withCode), `${call}: ${describe(expected)}`);
  }
  t.same(Object.keys(reference).sort(), Object.keys(node).sort(), 'the same calls ran against both');
});
