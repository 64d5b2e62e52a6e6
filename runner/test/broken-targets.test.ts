// Each broken variant of node:cluster in runner/broken-targets/ must be caught
// by the suite, with the right clause failing and saying what it observed.
// Targets that break inside workers give failing results, never a hung runner.
import t from 'tap';
import { BROKEN, parseReport, runCli, type CliRun } from './run-cli.js';

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

// Node-tier clauses count in the node profile only: those runs are gated on it.
const CAUGHT_IN_NODE_PROFILE: [file: string, clause: string, message: RegExp][] = [
  ['listening-without-fd.cjs', 'node.address-01', /own keys .* for tcp4: expected .*'fd' .*observed \[ \[ 'worker', \[ 'addressType', 'address', 'port' \] \]/],
  ['listening-requested-port.cjs', 'node.address-02', /listen\(0, '127\.0\.0\.1'\).*observed \{ addressType: 4, address: '127\.0\.0\.1', port: 0 \}/],
  ['listening-no-host-as-ipv6.cjs', 'node.address-03', /observed \{ addressType: 6, address: '::'/],
  ['listening-unix-port-zero.cjs', 'node.address-04', /Unix socket .*port: 0 \}/],
  ['listening-udp-without-fd.cjs', 'node.address-05', /bind\(0, '127\.0\.0\.1'\): expected .*fd: -1 \}, observed \{ addressType: 'udp4', address: '127\.0\.0\.1', port: \d+ \}/],
  ['listening-fd-typed.cjs', 'node.address-06', /observed \[ \{ addressType: 4, address: '127\.0\.0\.1'/],
  ['listening-copied-per-event.cjs', 'node.address-07', /carry one object: expected true, observed false/],
  ['listen-zero-one-port.cjs', 'node.listen-01', /tcp: W1's two servers open at once \(a0, a1\) are on different ports: observed \[ (\d+), \1 \]/],
  ['listen-slots-lowest-free.cjs', 'node.listen-02', /tcp: port of W2's third server, compared with W1's third: expected \d+, observed \d+/],
  ['listen-same-port-shared-in-worker.cjs', 'node.listen-04', /tcp P second, made while the first stays open in the same worker: expected 'EADDRINUSE', observed undefined/],
  ['listen-error-port-zero.cjs', 'node.listen-05', /listen\(0\) on an address not on this host: expected .*observed \{ error: 'EADDRNOTAVAIL', detail: \{ message: 'bind EADDRNOTAVAIL 192\.0\.2\.1:0'/],
  ['bind-error-port-zero.cjs', 'node.listen-06', /bind\(0\) on an address not on this host: expected .*observed \{ error: 'EADDRNOTAVAIL', detail: \{ message: 'bind EADDRNOTAVAIL 192\.0\.2\.1:0'/],
  ['listen-lost-after-close.cjs', 'node.listen-07', /tcp: rounds in which a listen did not end in 'listening' on a port: expected \[\], observed \[ \{ round: \d+, first: \d+, second: 'unanswered'/],
  ['disconnect-waits-for-listen.cjs', 'node.listen-08', /tcp: events the worker's server emitted before the worker exited: expected \[\], observed \[ 'listening', 'close' \]/],
  ['unix-path-in-primary-cwd.cjs', 'node.listen-09', /the path in worker 1's 'listening': expected '\/tmp\/[^']+\/x\/rel\.sock', observed '\/tmp\/[^']+\/p\/rel\.sock'/],
  ['round-robin-server-holds-nothing.cjs', 'node.listen-11', /rr: answer to a ping of the server worker, sent after the others had exited: expected 'pong', observed 'exited before'/],
  ['server-unref-ignored.cjs', 'node.listen-12', /rr: code and signal in the 'exit' of the server-unref worker: expected \{ code: 0, signal: null \}, observed 'no exit in 8000 ms'/],
  ['listen-keeps-closed-socket.cjs', 'node.listen-10', /once worker 1's server \(the only one on x\/rel\.sock\) has closed: expected \[ 'y' \], observed \[ 'x', 'y' \]/],
  ['listen-keeps-closed-socket.cjs', 'node.listen-03', /tcp: 127\.0\.0\.1 port \d+ once every server on it had closed \(a connection\): expected 'ECONNREFUSED', observed 'connected'/],
];

/** At most this many CLI runs of the node-tier list at once: each is mostly waiting for its fixture. */
const NODE_TIER_RUNS_AT_ONCE = 4;
const nodeTierRuns = new Map<string, Promise<CliRun>>();
let nodeTierQueue: Promise<unknown>[] = [];

/** Starts the CLI runs of the node-tier list a few at a time; each test awaits its own. */
function startNodeTierRuns(): void {
  for (const [file, clause] of CAUGHT_IN_NODE_PROFILE) {
    const slot = nodeTierQueue.length >= NODE_TIER_RUNS_AT_ONCE ? nodeTierQueue.shift() : undefined;
    const run = Promise.resolve(slot).then(() => runCli(['--target', BROKEN(file), '--profile', 'node', '--clause', clause, '--reporter', 'json']));
    nodeTierRuns.set(`${file} ${clause}`, run);
    nodeTierQueue.push(run.catch(() => {}));
  }
}

function caught(file: string, clause: string, message: RegExp, start: () => Promise<CliRun>): void {
  t.test(`${file} is caught by ${clause}`, async (t) => {
    const run = await start();
    t.equal(run.code, 1, run.stderr);
    // Other tests of the clause may pass: the breakage shows in one of them.
    const ofClause = parseReport(run).results.filter((r) => r.clause === clause);
    const result = ofClause.find((r) => r.status === 'fail') ?? ofClause[0];
    t.equal(result?.status, 'fail');
    t.match(result?.message, message);
    t.match(result?.message, new RegExp(`^${clause.replace(/\./g, '\\.')}: `, 'm'), 'the message names the clause');
  });
}

// A Node-tier clause counts (and fails the run) in the node profile.
const profileOf = (clause: string) => (clause.startsWith('node.') ? ['--profile', 'node'] : []);
for (const [file, clause, message] of CAUGHT) caught(file, clause, message, () => runCli(['--target', BROKEN(file), '--clause', clause, '--reporter', 'json', ...profileOf(clause)]));
startNodeTierRuns();
for (const [file, clause, message] of CAUGHT_IN_NODE_PROFILE) caught(file, clause, message, () => nodeTierRuns.get(`${file} ${clause}`)!);

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
