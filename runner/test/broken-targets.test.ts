// Each broken variant of node:cluster in runner/broken-targets/ must be caught
// by the suite, with the right clause failing and saying what it observed.
// Targets that break inside workers give failing results, never a hung runner.
// (The planted violations of teeth/planted/, run by npm run teeth, cover every clause; these stay for the
// runner's own concerns and the messages they show.)
import t from 'tap';
import { BROKEN, parseReport, runCli } from './run-cli.js';

// Every test starts CLI runs with real fixtures: far longer than tap's default per-file limit.
t.setTimeout(300_000);

const CAUGHT: [file: string, clause: string, message: RegExp][] = [
  ['no-fork-event.cjs', 'cluster.event.fork-01', /'fork' events for worker 1: expected 1, observed 0/],
  ['kill-default-sigkill.cjs', 'worker.kill-01', /expected 'SIGTERM', observed 'SIGKILL'/],
  ['workers-keep-dead.cjs', 'cluster.workers-05', /in cluster\.workers at its last event .*expected false, observed true/],
  ['no-setup-event.cjs', 'cluster.event.setup-01', /'setup' events after two setupPrimary\(\) calls in one tick: expected 2, observed 0/],
  ['never-exited-after-disconnect.cjs', 'worker.exitedAfterDisconnect-02', /expected true, observed false/],
  ['online-before-fork.cjs', 'cluster.event.online-03', /'fork' before 'online'/],
  ['policy-ignores-env.cjs', 'cluster.schedulingPolicy-08', /NODE_CLUSTER_SCHED_POLICY=none/],
  ['lacks-setup-primary.cjs', 'cluster.setupPrimary-02', /expected \[ \[ 'phase-b' \], true \]/],
  ['setup-primary-not-cumulative.cjs', 'cluster.setupPrimary-06', /silent after a later call that does not name it: expected true, observed false/],
  ['drops-exec-argv.cjs', 'cluster.settings-02', /worker forked after fork\(\) without setupPrimary\(\): expected \[ '--max-old-space-size=200', '--no-deprecation' \], observed \[\]/],
  ['drops-script-args.cjs', 'cluster.settings-04', /worker forked after setupPrimary\(\) and fork\(\): expected \[ 'setup-first', 'two words', '--like-a-flag' \], observed \[\]/],
  ['disconnect-drops-callback.cjs', 'cluster.disconnect-03', /fixture disc-cluster .*without reporting done|callback/],
];

function caught(file: string, clause: string, message: RegExp): void {
  t.test(`${file} is caught by ${clause}`, async (t) => {
    const run = await runCli(['--target', BROKEN(file), '--clause', clause, '--reporter', 'json']);
    t.equal(run.code, 1, run.stderr);
    // Other tests of the clause may pass: the breakage shows in one of them.
    const ofClause = parseReport(run).results.filter((r) => r.clause === clause);
    const result = ofClause.find((r) => r.status === 'fail') ?? ofClause[0];
    t.equal(result?.status, 'fail');
    t.match(result?.message, message);
    t.match(result?.message, new RegExp(`^${clause.replace(/\./g, '\\.')}: `, 'm'), 'the message names the clause');
  });
}

for (const [file, clause, message] of CAUGHT) caught(file, clause, message);

t.test('a target that lacks a member is run, with a note naming what is missing', async (t) => {
  const run = await runCli(['--target', BROKEN('lacks-setup-primary.cjs'), '--clause', 'cluster.isPrimary-02']);
  t.equal(run.code, 0, run.stderr);
  t.match(run.stderr, /lacks setupPrimary/);
});

t.test('a target that throws in workers fails every clause of the check', async (t) => {
  const run = await runCli(['--target', BROKEN('throws-in-worker.cjs'), '--clause', 'worker.kill-01', '--timeout', '10000', '--reporter', 'json']);
  t.equal(run.code, 1, run.stderr);
  const results = parseReport(run).results;
  t.ok(results.length > 0);
  for (const result of results) {
    t.equal(result.status, 'fail');
    t.match(result.message, /^worker\.kill-01: /);
  }
});

t.test('a target that hangs in workers fails with a timeout, and the runner returns', async (t) => {
  const run = await runCli(['--target', BROKEN('hangs-in-worker.cjs'), '--clause', 'worker.kill-01', '--timeout', '3000', '--reporter', 'json']);
  t.equal(run.code, 1, run.stderr);
  for (const result of parseReport(run).results) {
    t.equal(result.status, 'fail');
    t.match(result.message, /timed out/);
  }
});
