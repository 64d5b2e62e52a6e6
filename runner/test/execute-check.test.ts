// How a check's assertions become per-clause results, without any process:
// a clause nobody asserted on fails ("no assertion"), a thrown error or a
// timeout fails every clause, an assertion on an undeclared clause is a defect.
import t from 'tap';
import { FixtureRun, type CheckBody } from '../check-context.js';
import { executeCheck } from '../execute-check.js';
import type { Runtime } from '../runtimes.js';

const environment = { target: { name: 'node:cluster', specifier: 'node:cluster' }, runtime: { name: 'node', version: process.versions.node, path: process.execPath, args: [] } as Runtime, timeoutMs: 2_000 };
const run = (clauses: string[], body: CheckBody, timeoutMs = environment.timeoutMs) => executeCheck({ name: 'a check', clauses, body }, { ...environment, timeoutMs });
const statuses = async (clauses: string[], body: CheckBody, timeoutMs?: number) => (await run(clauses, body, timeoutMs)).map((r) => `${r.clause} ${r.status}`);

t.test('each clause passes or fails on its own assertions', async (t) => {
  const results = await run(['a-01', 'b-01'], async (c) => {
    c.equal('a-01', 1, 1, 'one is one');
    c.deepEqual('b-01', { x: [1] }, { x: [2] }, 'the list');
    c.ok('b-01', true, 'fine');
  });
  t.same(results.map((r) => r.status), ['pass', 'fail']);
  t.equal(results[1].message, 'b-01: the list: expected { x: [ 2 ] }, observed { x: [ 1 ] }');
});

t.test('a declared clause without any assertion fails', async (t) => {
  const results = await run(['a-01', 'b-01'], async (c) => void c.ok('a-01', true, 'fine'));
  t.same(results.map((r) => r.status), ['pass', 'fail']);
  t.match(results[1].message, /no assertion/);
});

t.test('an error thrown by the body fails every clause with its message', async (t) => {
  const results = await run(['a-01', 'b-01'], async (c) => {
    c.ok('a-01', true, 'fine');
    throw new Error('boom');
  });
  t.same(results.map((r) => [r.status, r.message]), [['fail', 'a-01: boom'], ['fail', 'b-01: boom']]);
});

t.test('an assertion on an undeclared clause fails the check', async (t) => {
  t.same(await statuses(['a-01'], async (c) => void c.ok('z-99', true, 'oops')), ['a-01 fail']);
  t.match((await run(['a-01'], async (c) => void c.ok('z-99', true, 'oops')))[0].message, /z-99, which the check does not declare/);
});

t.test('a body that never ends fails every clause when the check times out', async (t) => {
  const results = await run(['a-01'], () => new Promise(() => {}), 200);
  t.same(results.map((r) => r.status), ['fail']);
  t.match(results[0].message, /timed out after 200 ms/);
});

t.test('before() compares positions in the primary report order', async (t) => {
  t.same(await statuses(['a-01'], async (c) => {
    const observations = ['fork', 'online'].map((kind, i) => ({ role: 'primary' as const, pid: 1, seq: i + 1, kind }));
    const run = new FixtureRun({ fixture: 'f', observations, exitCode: 0, signal: null, stdout: '', stderr: '', timedOut: false, aborted: false, durationMs: 1 });
    c.before('a-01', run, ['fork', {}], ['online', {}], 'fork first');
    c.before('a-01', run, ['online', {}], ['exit', {}], 'exit never happened');
  }), ['a-01 fail']);
});
