// Each broken variant of node:cluster in runner/broken-targets/ must be caught
// by the suite, with the right clause failing and saying what it observed.
// Targets that break inside workers give failing results, never a hung runner.
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
  ['sent-socket-kept-open.cjs', 'node.handles-01', /after worker\.send\(\) in the primary: .*expected \[ 'ERR_SOCKET_CLOSED', true, true \], observed \[ null, false, false \]/],
  ['keep-open-ignored.cjs', 'node.handles-02', /error of the worker's write after the send.*expected null, observed 'ERR_SOCKET_CLOSED'/],
  ['sent-socket-untracked.cjs', 'node.handles-03', /while the worker holds the connection it was sent: expected 1, observed 0/],
  ['socket-resent-errors.cjs', 'node.handles-04', /callbacks of those two sends: expected \[ null, null \], observed \[ 'ERR_CC_ALREADY_SENT', null \]/],
  ['sent-server-closed.cjs', 'node.handles-05', /after it was sent twice: \[listening, port\]: expected \[ true, \d+ \], observed \[ false, undefined \]/],
  ['received-server-closed.cjs', 'node.handles-06', /first received server: \[kind, listening, port\]: expected \[ 'net\.Server', true, \d+ \], observed \[ 'net\.Server', false, undefined \]/],
  ['server-sent-once.cjs', 'node.handles-07', /\[ 'server-2', undefined, undefined, undefined \]/],
  ['dgram-handle-dropped.cjs', 'node.handles-08', /the UDP socket the worker received: \[kind, port\]: expected \[ 'dgram\.Socket', \d+ \], observed \[ undefined, undefined \]/],
  ['unbound-server-send-throws.cjs', 'node.handles-09', /observed \[ \{ error: 'TypeError: the server is not listening' \}, 'not called' \]/],
  ['worker-error-not-relayed.cjs', 'node.worker-01', /in order: expected \[ \{ by: 'cluster\.worker'.*observed \[ 'process' \]/],
  ['worker-error-swallowed.cjs', 'node.worker-02', /with a listener on process only: .*expected \[ 'the error emitted', 0 \], observed \[ 'nothing thrown', 1 \]/],
  ['worker-class-unrelated.cjs', 'node.worker-03', /fork\(\) result instanceof cluster\.Worker: expected true, observed false/],
  ['worker-class-needs-new.cjs', 'node.worker-04', /cluster\.Worker \(call, no options\): .*expected \[ true, true \], observed \[ undefined, undefined \]/],
  ['worker-class-raw-id.cjs', 'node.worker-05', /id for options\.id .*expected \[ 7, 12, 5, -3, 0, 0 \], observed \[ 7\.9, '12'/],
  ['worker-class-relays-nothing.cjs', 'node.worker-06', /events of the Worker built around the child: .*observed \[\]/],
  ['settings-by-hand-ignored.cjs', 'node.worker-07', /worker 1 after keys set on cluster\.settings before the first fork: .*observed \[ \[\], \[\] \]/],
  ['worker-channel-unref.cjs', 'node.worker-08', /expected \[ 'echo', false, true \], observed \[ 'exit', true, false \]/],
  ['node-cmd-delivered.cjs', 'node.worker-09', /observed \[ \{ cmd: 'NODE_CC_RESERVED' \}, \{ kind: 'ping' \} \]/],
  ['ead-decided-at-exit.cjs', 'node.observed-01', /in 'disconnect' of the sigkill worker \(ended without disconnect\(\)\): expected false, observed undefined/],
  ['worker-ead-unset.cjs', 'node.observed-02', /right after cluster\.worker\.disconnect\(\) in the worker: expected true, observed undefined/],
  ['disconnect-callback-after-all.cjs', 'node.observed-03', /at the callback: .*expected \[ true, true, 0 \], observed \[ true, false, 0 \]/],
  ['early-disconnect-exits-0.cjs', 'node.observed-04', /closed right after fork\(\): expected \[ 1, null \], observed \[ 0, null \]/],
];

for (const [file, clause, message] of CAUGHT) {
  t.test(`${file} is caught by ${clause}`, async (t) => {
    // A Node-tier clause counts (and fails the run) in the node profile.
    const profile = clause.startsWith('node.') ? ['--profile', 'node'] : [];
    const run = await runCli(['--target', BROKEN(file), '--clause', clause, '--reporter', 'json', ...profile]);
    t.equal(run.code, 1, run.stderr);
    // Other tests of the clause may pass: the breakage shows in one of them.
    const ofClause = parseReport(run).results.filter((r) => r.clause === clause);
    const result = ofClause.find((r) => r.status === 'fail') ?? ofClause[0];
    t.equal(result?.status, 'fail');
    t.match(result?.message, message);
    t.match(result?.message, new RegExp(`^${clause.replace(/\./g, '\\.')}: `, 'm'), 'the message names the clause');
  });
}

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
