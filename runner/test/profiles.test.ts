// Profiles end to end: --profile checks, both scores in every report, Node's built-in passing the node profile
// with no expectations file, and the pure scoring and applicability rules.
import t from 'tap';
import { clauseIndex, notApplicable, withProfiles } from '../profiles.js';
import { buildReport, formatScores, scoreOf, type Result } from '../results.js';
import { REPORTERS } from '../reporters/index.js';
import { parseSpec } from '../../trace/spec-parser.js';
import { sampleSpecWithNodeTier } from '../../trace/spec-fixture.js';
import { parseReport, runCli } from './run-cli.js';
import { reportViolations } from '../report-schema.js';

t.setTimeout(300_000);

const index = clauseIndex(parseSpec(sampleSpecWithNodeTier(), 'SPEC.md').clauses);
const result = (clause: string, status: Result['status'], test = 't'): Result => withProfiles({ clause, test, status, durationMs: 1, message: '' }, index);

t.test('results carry their clauses profiles; scores count clauses once, a failing result failing its clause', async (t) => {
  t.same(result('worker.kill-01', 'pass').profiles, ['doc'], 'replaced by node.findings-01: doc only');
  t.same(result('worker.kill-02', 'pass').profiles, ['doc', 'node']);
  t.same(result('node.findings-01', 'pass').profiles, ['node']);
  t.same(result('worker.kill-03', 'pass').profiles, [], 'informative: no profile');
  const results = [result('worker.kill-01', 'xfail'), result('worker.kill-02', 'pass'), result('worker.kill-02', 'fail', 'u'), result('node.findings-01', 'pass'), result('node.findings-02', 'skip')];
  t.same(scoreOf(results, 'doc'), { passed: 0, failed: 2, total: 2 });
  t.same(scoreOf(results, 'node'), { passed: 1, failed: 1, total: 2 }, 'a clause with only skipped results is not counted');
  const report = buildReport({ suite: { version: '0.0.0', spec: 'abc' }, target: 'x', runtime: { name: 'node', version: '20.0.0', path: '/n' }, profile: 'node' }, results, 5, []);
  t.equal(report.summary.total, 4, 'the summary counts the gated profile only');
  t.equal(formatScores(report.scores!, 'node'), 'node 1/2 · doc 0/2');
  for (const [name, render] of Object.entries(REPORTERS)) {
    if (name === 'json') t.same(JSON.parse(render(report)).scores, report.scores, 'json carries both scores');
    else if (name === 'junit') t.match(render(report), /name="score\.doc\.total" value="2"/, 'junit carries both scores');
    else t.match(render(report), /node 1\/2 · doc 0\/2/, `${name} shows both scores`);
  }
});

t.test('a clause with Node ≥ X.Y does not apply to runtimes reporting an earlier Node', async (t) => {
  t.match(notApplicable(index, 'node.findings-02', '20.20.2'), /applies from Node ≥ 22\.12; the runtime reports Node 20\.20\.2/);
  t.equal(notApplicable(index, 'node.findings-02', '22.12.0'), undefined);
  t.equal(notApplicable(index, 'node.findings-01', '20.20.2'), undefined);
  t.equal(notApplicable(index, 'node.findings-02', undefined), undefined, 'an unknown version gets every clause');
});

t.test('an unknown --profile is a usage error', async (t) => {
  const run = await runCli(['--profile', 'nodejs', '--clause', 'cluster.isPrimary-02']);
  t.equal(run.code, 2);
  t.match(run.stderr, /unknown profile "nodejs" \(expected doc or node\)/);
  t.equal(run.stderr.trim().split('\n').length, 1, 'one line');
});

t.test("Node's built-in passes the node profile with no expectations file, and fails the doc clauses its Findings name", async (t) => {
  const run = await runCli(['--profile', 'node', '--reporter', 'json'], 240_000);
  t.equal(run.code, 0, run.stderr);
  const report = parseReport(run);
  t.same(reportViolations(report), []);
  t.equal(report.profile, 'node');
  t.equal(report.summary.expectedFailures, 0, 'no expected failures: no expectations file applies');
  t.equal(report.scores.node.failed, 0, 'node profile');
  t.ok(report.scores.doc.failed > 0, `doc profile: ${report.scores.doc.failed} clauses fail (the Findings)`);
  t.ok(report.results.some((r) => r.clause.startsWith('node.')), 'Node-tier results are in the report');
});
