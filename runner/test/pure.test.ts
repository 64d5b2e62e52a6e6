// The runner's pure parts: option parsing, sharding, selection, expectations,
// observation parsing, runtime identification.
import t from 'tap';
import { parseCliOptions } from '../cli-options.js';
import { applyExpectation, selectExpectations } from '../expectations.js';
import { parseExitStatus, parseObservations } from '../observations.js';
import type { RegisteredCheck } from '../registry.js';
import { inSpecOrder, type Result } from '../results.js';
import { fixtureCommand, fixtureEnvironment } from '../run-fixture.js';
import { identifyRuntime } from '../runtimes.js';
import { selectChecks } from '../select-checks.js';
import { parseShard, takeShard } from '../shard.js';
import { stderrSummary } from '../check-context.js';
import { updateExpectations } from '../update-expectations.js';
import { UsageError } from '../usage-error.js';

t.test('options: values, repeated and multi-valued --clause, defaults, usage errors', async (t) => {
  const options = parseCliOptions(['--target', 'reference', '--reporter=json', '--clause', 'a-01', 'b-02,c-03', '--clause=d', '--jobs', '3', '--shard', '2/4', '--list']);
  t.equal(options.target, 'reference');
  t.equal(options.reporter, 'json');
  t.same(options.clauses, ['a-01', 'b-02', 'c-03', 'd']);
  t.equal(options.jobs, 3);
  t.same(options.shard, { index: 2, count: 4 });
  t.equal(options.list, true);
  t.equal(parseCliOptions(['--times', '4']).repeat, 4);
  const files = parseCliOptions(['--reporter', 'junit=out/j.xml', '--reporter=json=a=b.json', '--reporter', 'tap']);
  t.same([files.reporter, files.reportFiles], ['tap', [{ reporter: 'junit', file: 'out/j.xml' }, { reporter: 'json', file: 'a=b.json' }]], 'NAME=FILE adds a report file');
  t.equal(parseCliOptions(['--update-expectations', 'x.json']).updateExpectations, 'x.json');
  for (const bad of [['--update-expectations', 'x.json', '--expect', 'y.json'], ['--bogus'], ['--reporter', 'xml'], ['--reporter', 'xml=x.xml'], ['--reporter', 'junit='], ['--jobs', '0'], ['--timeout', 'soon'], ['--shard', '3/2'], ['--grep', '('], ['--clause'], ['stray'], ['--target']]) {
    t.throws(() => parseCliOptions(bad), UsageError, bad.join(' '));
  }
});

t.test('shards are disjoint and together cover every check, in order', async (t) => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  for (const count of [1, 2, 3, 5, 23, 30]) {
    const shards = Array.from({ length: count }, (_, i) => takeShard(items, parseShard(`${i + 1}/${count}`)));
    t.same(shards.flat().sort((a, b) => a - b), items, `${count} shards cover all`);
    t.ok(shards.every((s) => s.length <= Math.ceil(items.length / count)), `${count} shards are balanced`);
  }
});

t.test('selection by --grep and --clause (ID or section) keeps checks whole but reports selected clauses', async (t) => {
  const make = (name: string, clauses: string[]): RegisteredCheck => ({ name, clauses, file: 'f', body: async () => {} });
  const checks = [make('kill default', ['worker.kill-01', 'worker.kill-03']), make('fork event', ['cluster.event.fork-01']), make('ids', ['worker.id-01'])];
  t.same(selectChecks(checks, { clauses: ['worker.kill'] }).map((c) => [c.name, c.selected]), [['kill default', ['worker.kill-01', 'worker.kill-03']]]);
  t.same(selectChecks(checks, { clauses: ['worker.kill-03', 'worker.id-01'] }).map((c) => c.selected), [['worker.kill-03'], ['worker.id-01']]);
  t.same(selectChecks(checks, { clauses: [], grep: /fork/ }).map((c) => c.name), ['fork event']);
  t.same(selectChecks(checks, { clauses: [], grep: /worker\.id/ }).map((c) => c.name), ['ids'], 'grep matches clause IDs too');
  t.same(selectChecks(checks, { clauses: [], shard: { index: 2, count: 2 } }).map((c) => c.name), ['fork event']);
});

t.test('expectations: runtime sections override, entries are validated, statuses map to xfail/xpass/skip', async (t) => {
  const entry = (finding: string) => ({ status: 'fail', reason: 'r', finding });
  const file = { all: { 'a-01': entry('F-01'), 'b-01': entry('F-02') }, runtimes: { node: { 'a-01': entry('F-03') }, 'node@20': { 'b-01': { status: 'skip', reason: 's', finding: 'F-04' } } } };
  const map = selectExpectations(file, { name: 'node', version: '20.1.0' }, 'x.json');
  t.equal(map['a-01'].finding, 'F-03');
  t.equal(map['b-01'].status, 'skip');
  t.equal(selectExpectations(file, { name: 'bun', version: '1.1.0' }, 'x.json')['a-01'].finding, 'F-01');
  for (const bad of [[], { all: { x: { status: 'fail', reason: 'r' } } }, { all: { x: { status: 'flaky', reason: 'r', finding: 'F-01' } } }, { all: { x: { status: 'fail', reason: '', finding: 'F-01' } } }, { all: { x: { status: 'fail', reason: 'r', finding: 'bug 1' } } }, { all: { x: { status: 'fail', reason: 'r', issue: ' ' } } }, { runtimes: { node: 3 } }]) {
    t.throws(() => selectExpectations(bad, { name: 'node', version: '20.0.0' }, 'x.json'), UsageError, JSON.stringify(bad));
  }
  t.equal(selectExpectations({ all: { x: { status: 'fail', reason: 'r', issue: 'https://example.test/1' } } }, { name: 'deno', version: '2.0.0' }, 'x.json').x.issue, 'https://example.test/1', 'an issue of its own instead of a Finding');
  const result = (status: Result['status']): Result => ({ clause: 'a-01', test: 't', status, durationMs: 1, message: 'm' });
  const expectFail = { status: 'fail' as const, reason: 'known', finding: 'F-01' };
  t.equal(applyExpectation(result('fail'), expectFail).status, 'xfail');
  t.equal(applyExpectation(result('pass'), expectFail).status, 'xpass');
  t.match(applyExpectation(result('pass'), expectFail).message, /F-01/);
  t.equal(applyExpectation(result('pass'), { ...expectFail, status: 'skip' }).status, 'skip');
  t.equal(applyExpectation(result('fail'), undefined).status, 'fail');
});

t.test('observations: prefixed JSON lines, undefined restored, other output and broken lines ignored', async (t) => {
  const observations = parseObservations(['hello', '@@cc {"kind":"x","a":"<undefined>","role":"primary","pid":1,"seq":1}', '@@cc {broken', 'noise @@cc {"kind":"y","role":"worker","pid":2,"seq":1}'].join('\n'));
  t.same(observations.map((o) => o.kind), ['x', 'y']);
  t.equal(observations[0].a, undefined);
});

t.test('runtimes are identified by their --version output', async (t) => {
  t.same(identifyRuntime('v22.3.0\n'), { name: 'node', version: '22.3.0' });
  t.same(identifyRuntime('1.1.30\n'), { name: 'bun', version: '1.1.30' });
  t.same(identifyRuntime('deno 2.0.0 (stable, release, x86_64-unknown-linux-gnu)\nv8 12.9\ntypescript 5.6'), { name: 'deno', version: '2.0.0' });
  t.equal(identifyRuntime('Python 3.11.2'), undefined);
});

t.test('results are put in SPEC.md order, ties and unknown clauses keeping their order', async (t) => {
  const r = (clause: string, test: string): Result => ({ clause, test, status: 'pass', durationMs: 0, message: '' });
  const ordered = inSpecOrder([r('b-01', 'x'), r('zz-01', 'y'), r('a-01', 'z'), r('b-01', 'w')], ['a-01', 'b-01']);
  t.same(ordered.map((x) => `${x.clause} ${x.test}`), ['a-01 z', 'b-01 x', 'b-01 w', 'zz-01 y']);
});

t.test("fixtures do not inherit tap's variables or its NODE_OPTIONS preload", async (t) => {
  const env = fixtureEnvironment({ PATH: '/bin', TAP: '1', TAP_CHILD_ID: '3', _TAPJS_PROCESSINFO_ROOT_: 'x', NODE_OPTIONS: '--import=file:///p/node_modules/@tapjs/processinfo/import.mjs' });
  t.same(env, { PATH: '/bin' });
  t.same(fixtureEnvironment({ NODE_OPTIONS: '--max-old-space-size=100 --import=file:///p/@tapjs/x.mjs' }), { NODE_OPTIONS: '--max-old-space-size=100' }, "a user's NODE_OPTIONS stays");
});

t.test('under tap, a fixture starts through env, which resets NODE_OPTIONS after tap re-added its preload', async (t) => {
  const runtime = { name: 'deno' as const, version: '2.0.0', path: '/bin/deno', args: ['run', '-A'] };
  t.match(process.env.NODE_OPTIONS, /@tapjs\//, 'this test runs under tap');
  t.same(fixtureCommand(runtime, 'f.js', ['a'], {}), ['env', '-u', 'NODE_OPTIONS', '/bin/deno', 'run', '-A', 'f.js', 'a']);
  t.same(fixtureCommand(runtime, 'f.js', [], { NODE_OPTIONS: '--trace-warnings' }), ['env', '-u', 'NODE_OPTIONS', 'NODE_OPTIONS=--trace-warnings', '/bin/deno', 'run', '-A', 'f.js']);
  t.same(fixtureCommand(runtime, 'f.js', ['a'], {}, ['--v8-flags=--x']), ['env', '-u', 'NODE_OPTIONS', '/bin/deno', 'run', '-A', '--v8-flags=--x', 'f.js', 'a'], 'runtime flags go after the runtime\'s own arguments, before the script');
});

t.test("the supervisor's exit status line is found among the fixture's output", async (t) => {
  t.same(parseExitStatus('@@cc {"kind":"done"}\n@@cc-exit {"code":0,"signal":null}\n'), { code: 0, signal: null });
  t.equal(parseExitStatus('@@cc {"kind":"done"}\n'), undefined);
});

t.test('--update-expectations: new failures are added, passes remove stale entries from the section holding them', async (t) => {
  const r = (clause: string, test: string, status: Result['status'], message = `${clause}: observed x`): Result => ({ clause, test, status, durationMs: 1, message });
  const known = { status: 'fail' as const, reason: 'known', issue: 'T-1' };
  const file = { description: 'd', all: { 'a-01': known, 'c-01': known }, runtimes: { 'node@20': { 'b-01': known } } };
  const results = [
    r('a-01', 'ta', 'xpass'),
    r('b-01', 'tb', 'xpass'),
    r('c-01', 'tc1', 'xpass'),
    r('c-01', 'tc2', 'xfail'),
    r('d-01', 'td', 'fail', 'd-01: the port of worker 2: expected 1, observed 2\nmore'),
    r('e-01', 'te1', 'fail'),
    r('e-01', 'te2', 'pass'),
  ];
  const { file: after, added, removed } = updateExpectations(file, results, { name: 'node', version: '20.3.0' });
  t.same(removed, ['a-01', 'b-01', 'c-01']);
  t.same(added, ['tc2', 'd-01', 'te1']);
  t.same(after.runtimes, { 'node@20': {} });
  t.same(after.all, { tc2: known, 'd-01': { status: 'fail', reason: 'the port of worker 2: expected 1, observed 2', issue: 'untriaged' }, te1: { status: 'fail', reason: 'observed x', issue: 'untriaged' } });
  t.same(file.all, { 'a-01': known, 'c-01': known }, 'the input is not modified');
  t.same(selectExpectations(after, { name: 'node', version: '20.3.0' }, 'after.json').tc2, known, 'the result is a valid expectations file');
});

t.test('a crashed fixture is summed up by its error line and what follows, without colour codes', async (t) => {
  const deno = ['\x1b[0m\x1b[1m\x1b[31merror\x1b[0m: Uncaught (in promise) Error: Channel closed', "  worker.send('bye');", '         ^', '    at ChildProcess.t.send (ext:deno_node/internal/child_process.ts:1:32936)'].join('\n');
  t.match(stderrSummary(`warning: noise\n${deno}`), /^error: Uncaught \(in promise\) Error: Channel closed\n  worker\.send/);
  t.match(stderrSummary('a\nb\n/x/f.js:3\nTypeError: boom: x\n    at f'), /^TypeError: boom: x\n    at f$/);
  t.equal(stderrSummary(['1', '2', '3', '4', '5', '6', '7', '8'].join('\n')), '3\n4\n5\n6\n7\n8', 'no error line: the last lines');
});
