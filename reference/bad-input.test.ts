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

// Rows where the reference differs from Node 20 today (marked todo, so the suite stays green until they are fixed).
const KNOWN: Record<string, string> = {
  "setupPrimary({ execArgv: 'x' })": 'Node: fork() throws a TypeError (no code); the reference forks (settings.cts workerExecArgv spreads the string)',
  "setupPrimary({ inspectPort: 'x', execArgv: ['--inspect'] })": 'Node: fork() throws RangeError ERR_SOCKET_BAD_PORT; the reference forks a worker with --inspect-port=x (settings.cts workerExecArgv)',
  "setupPrimary({ inspectPort: 70000, execArgv: ['--inspect'] })": 'Node: fork() throws RangeError ERR_SOCKET_BAD_PORT; the reference forks a worker that exits with 9 (settings.cts workerExecArgv)',
  'worker.kill({})': "Node: TypeError ERR_UNKNOWN_SIGNAL; the reference: TypeError without code, 'signal.toUpperCase is not a function' (signal-name.cts signalName)",
};

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
    const todo = KNOWN[call] ? { todo: KNOWN[call] } : {};
    if (!expected.threw && !expected.reported) {
      t.ok(actual, `${call}: Node accepts it; the reference: ${describe(actual, true)}`);
      continue;
    }
    const withCode = expected.error?.code !== undefined;
    t.same(errors(actual, withCode), errors(expected, withCode), `${call}: ${describe(expected)}`, todo);
  }
  t.same(Object.keys(reference).sort(), Object.keys(node).sort(), 'the same calls ran against both');
});
