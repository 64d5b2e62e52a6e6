// The CLI end to end: exit codes 0/1/2, the JSON and JUnit outputs of a real
// run, --list, and expectations turning failures into xfail and stale
// expectations into xpass.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { XMLValidator } from 'fast-xml-parser';
import { BROKEN, parseReport, runCli } from './run-cli.js';

// Every test starts CLI runs with real fixtures: far longer than tap's default per-file limit.
t.setTimeout(300_000);
import { reportViolations } from '../report-schema.js';

const QUICK = ['--clause', 'cluster.isPrimary-02'];
const dir = mkdtempSync(path.join(tmpdir(), 'cc-cli-test-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

t.test('exit 2 with a one-line reason on usage errors', async (t) => {
  const cases: [string[], RegExp][] = [
    [['--bogus'], /unknown option --bogus/],
    [['--target', './no/such/module.cjs'], /unknown target/],
    [['--runtime', '/no/such/runtime'], /runtime .* not found/],
    [['--reporter', 'xml'], /unknown reporter/],
    [['--output', '/no/such/dir/report.json'], /directory \/no\/such\/dir does not exist/],
    [['--target', BROKEN('exports-nothing.cjs'), ...QUICK], /does not export a cluster API/],
    [['--target', BROKEN('throws-on-import.cjs'), ...QUICK], /threw while loading: Error: broken target: throws on import/],
    [['--target', BROKEN('hangs-on-import.mjs'), '--timeout', '3000', ...QUICK], /did not finish loading within 3000 ms/],
    [['--clause', 'no.such.section-01'], /no check matches/],
  ];
  for (const [args, reason] of cases) {
    const run = await runCli(args);
    t.equal(run.code, 2, `exit code for ${args.join(' ')}`);
    t.match(run.stderr, reason);
    t.equal(run.stderr.trim().split('\n').length, 1, 'one line');
  }
});

t.test('exit 0 for node:cluster, with a JSON report that follows the schema', async (t) => {
  const run = await runCli([...QUICK, '--reporter', 'json']);
  t.equal(run.code, 0, run.stderr);
  const report = parseReport(run);
  t.same(reportViolations(report), []);
  t.same(report.results.map((r) => [r.clause, r.status]), [['cluster.isPrimary-02', 'pass']]);
});

t.test('--output writes JUnit XML to a file', async (t) => {
  const file = path.join(dir, 'junit.xml');
  const run = await runCli([...QUICK, '--reporter', 'junit', '--output', file]);
  t.equal(run.code, 0, run.stderr);
  t.equal(run.stdout, '');
  t.equal(XMLValidator.validate(readFileSync(file, 'utf8')), true);
});

t.test('--reporter NAME=FILE writes further reports next to the one on stdout', async (t) => {
  const junit = path.join(dir, 'also.xml');
  const json = path.join(dir, 'also.json');
  const run = await runCli([...QUICK, '--reporter', `junit=${junit}`, `--reporter=json=${json}`]);
  t.equal(run.code, 0, run.stderr);
  t.match(run.stdout, /cluster\.isPrimary/, 'the default spec report still goes to stdout');
  t.equal(XMLValidator.validate(readFileSync(junit, 'utf8')), true);
  t.same(JSON.parse(readFileSync(json, 'utf8')).results.map((r: { clause: string }) => r.clause), ['cluster.isPrimary-02']);
  const missing = await runCli([...QUICK, '--reporter', 'junit=/no/such/dir/j.xml']);
  t.equal(missing.code, 2);
  t.match(missing.stderr, /--reporter junit=\/no\/such\/dir\/j\.xml: directory \/no\/such\/dir does not exist/);
});

t.test('--update-expectations writes the failures of a run, and removes them once they pass', async (t) => {
  const file = path.join(dir, 'mine.json');
  const first = await runCli(['--target', BROKEN('inverted-is-primary.cjs'), ...QUICK, '--update-expectations', file]);
  t.equal(first.code, 0, first.stderr);
  t.match(first.stderr, /updated .*mine\.json: 1 added \(cluster\.isPrimary-02\), 0 removed/);
  const written = JSON.parse(readFileSync(file, 'utf8'));
  t.same(Object.keys(written.all), ['cluster.isPrimary-02']);
  t.equal(written.all['cluster.isPrimary-02'].issue, 'untriaged');
  t.match(written.all['cluster.isPrimary-02'].reason, /cluster\.isPrimary with NODE_UNIQUE_ID set: expected false, observed true/);
  const gated = await runCli(['--target', BROKEN('inverted-is-primary.cjs'), ...QUICK, '--expect', file, '--reporter', 'json']);
  t.equal(gated.code, 0, 'the written file is a valid expectations file that covers the failure');
  t.equal(parseReport(gated).summary.expectedFailures, 1);
  const fixed = await runCli([...QUICK, '--update-expectations', file]);
  t.equal(fixed.code, 0, fixed.stderr);
  t.match(fixed.stderr, /0 added, 1 removed \(cluster\.isPrimary-02\)/);
  t.same(JSON.parse(readFileSync(file, 'utf8')).all, {});
});

t.test('exit 1 when a clause fails, naming the clause', async (t) => {
  const run = await runCli(['--target', BROKEN('inverted-is-primary.cjs'), ...QUICK, '--reporter', 'json']);
  t.equal(run.code, 1, run.stderr);
  const failed = parseReport(run).results.find((r) => r.clause === 'cluster.isPrimary-02');
  t.equal(failed?.status, 'fail');
  t.match(failed?.message, /cluster\.isPrimary-02: cluster\.isPrimary with NODE_UNIQUE_ID set: expected false, observed true/);
});

t.test('an expected failure is xfail (exit 0); an expected failure that passes is xpass (exit 1)', async (t) => {
  const file = path.join(dir, 'expect.json');
  writeFileSync(file, JSON.stringify({ all: { 'cluster.isPrimary-02': { status: 'fail', reason: 'test', finding: 'F-09' } } }));
  const broken = await runCli(['--target', BROKEN('inverted-is-primary.cjs'), ...QUICK, '--expect', file, '--reporter', 'json']);
  t.equal(broken.code, 0, broken.stderr);
  t.equal(parseReport(broken).summary.expectedFailures, 1);
  const healthy = await runCli([...QUICK, '--expect', file, '--reporter', 'json']);
  t.equal(healthy.code, 1);
  t.same(parseReport(healthy).results.map((r) => r.status), ['xpass']);
  writeFileSync(file, JSON.stringify({ all: { 'cluster.isPrimary-02': { status: 'fail', reason: 'tracked by the implementer', issue: 'https://example.test/issues/1' } } }));
  const tracked = await runCli(['--target', BROKEN('inverted-is-primary.cjs'), ...QUICK, '--expect', file, '--reporter', 'json']);
  t.equal(tracked.code, 0, 'an entry may cite an issue of its own instead of a Finding');
  t.match(parseReport(tracked).results[0].message, /expected failure: tracked by the implementer \(https:\/\/example\.test\/issues\/1\)/);
  writeFileSync(file, '{ "all": { "cluster.isPrimary-02": { "status": "fail" } } }');
  t.equal((await runCli([...QUICK, '--expect', file])).code, 2, 'an entry without reason and finding or issue is a usage error');
});

t.test('--list --reporter json lists every SPEC clause with its tests', async (t) => {
  const run = await runCli(['--list', '--reporter', 'json']);
  t.equal(run.code, 0, run.stderr);
  const { clauses } = JSON.parse(run.stdout) as { clauses: { id: string; section: string; kind: string; tests: string[] }[] };
  t.ok(clauses.length > 100);
  const clause = clauses.find((c) => c.id === 'cluster.isPrimary-02');
  t.equal(clause?.section, 'cluster.isPrimary');
  t.equal(clause?.kind, 'normative');
  t.ok(clause?.tests.includes('isPrimary follows NODE_UNIQUE_ID at start-up'));
});

t.test('--version prints the package version and the hash of the SPEC.md the runner reads; reports carry both', async (t) => {
  const root = new URL('../../../', import.meta.url);
  const version = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;
  const spec = createHash('sha256').update(readFileSync(new URL('SPEC.md', root))).digest('hex').slice(0, 12);
  const run = await runCli(['--version']);
  t.equal(run.code, 0, run.stderr);
  t.equal(run.stdout, `cluster-conformance ${version} (SPEC.md ${spec})\n`);
  const report = await runCli([...QUICK, '--reporter', 'json']);
  t.same(JSON.parse(report.stdout).suite, { version, spec });
});

t.test('merge: the JSON reports of --shard runs give the results of a whole run, in any format', async (t) => {
  const section = ['--clause', 'worker.kill'];
  const whole = await runCli([...section, '--reporter', 'json']);
  const shards = [1, 2, 3].map((i) => path.join(dir, `shard-${i}.json`));
  for (const [i, file] of shards.entries()) {
    const run = await runCli([...section, '--shard', `${i + 1}/3`, '--reporter', 'json', '--output', file]);
    t.equal(run.code, 0, run.stderr);
    t.same(JSON.parse(readFileSync(file, 'utf8')).shard, { index: i + 1, count: 3 });
  }
  const merged = await runCli(['merge', ...shards, '--reporter', 'json', '--reporter', `junit=${path.join(dir, 'merged.xml')}`]);
  t.equal(merged.code, 0, merged.stderr);
  const key = (r: { clause: string; test: string; status: string }) => `${r.clause} ${r.test} ${r.status}`;
  const report = parseReport(merged);
  t.same(reportViolations(report), []);
  t.same(report.results.map(key).sort(), parseReport(whole).results.map(key).sort(), 'the same results as the whole run');
  t.equal((report as { shard?: unknown }).shard, undefined);
  t.equal(XMLValidator.validate(readFileSync(path.join(dir, 'merged.xml'), 'utf8')), true);
  t.match((await runCli(['merge', ...shards])).stdout, /worker\.kill \(\d+\/\d+ pass\)/, 'the spec report by default');
});

t.test('merge: exit 2 with one line for reports that do not belong together or are not reports', async (t) => {
  const shards = [1, 2, 3].map((i) => path.join(dir, `shard-${i}.json`));
  const other = path.join(dir, 'other-runtime.json');
  writeFileSync(other, readFileSync(shards[2], 'utf8').replace(/"version": "\d+\.\d+\.\d+"(?=,\s*"path")/, '"version": "99.0.0"'));
  const notReport = path.join(dir, 'not-a-report.json');
  writeFileSync(notReport, '{ "results": [] }');
  const cases: [string[], RegExp][] = [
    [[shards[0], shards[1], other], /other-runtime\.json has runtime node 99\.0\.0, .*shard-1\.json has node /],
    [[shards[0], shards[1]], /shard 3\/3 missing/],
    [[shards[0], shards[0], shards[1], shards[2]], /are both shard 1\/3/],
    [[notReport], /not-a-report\.json is not a JSON report of cluster-conformance/],
    [[path.join(dir, 'no-such.json')], /cannot read .*no-such\.json: no such file/],
    [[], /merge expects the JSON report files/],
    [[shards[0], '--target', 'reference'], /merge: unknown option --target/],
  ];
  for (const [args, reason] of cases) {
    const run = await runCli(['merge', ...args]);
    t.equal(run.code, 2, `exit code for merge ${args.join(' ')}`);
    t.match(run.stderr, reason);
    t.equal(run.stderr.trim().split('\n').length, 1, 'one line');
  }
});

t.test('--help exits 0', async (t) => {
  const run = await runCli(['--help']);
  t.equal(run.code, 0);
  t.match(run.stdout, /--target node:cluster\|reference\|reference-node\|PATH/);
  t.match(run.stdout, /--profile doc\|node/);
});

t.test('--shard I/N slices partition the checks: together they list every test once', async (t) => {
  const testsOf = async (args: string[]) => {
    const run = await runCli(['--list', '--reporter', 'json', ...args]);
    t.equal(run.code, 0, run.stderr);
    const { clauses } = JSON.parse(run.stdout) as { clauses: { id: string; tests: string[] }[] };
    return clauses.flatMap((c) => c.tests.map((test) => `${c.id} ${test}`));
  };
  const all = await testsOf([]);
  const shards = [await testsOf(['--shard', '1/3']), await testsOf(['--shard', '2/3']), await testsOf(['--shard', '3/3'])];
  t.same(shards.flat().sort(), [...all].sort());
  t.ok(shards.every((shard) => shard.length > 0), 'no shard is empty');
});
