// The Findings as Node's behaviour (SPEC.md node.findings-*): what Node does where its cluster page is silent or
// says otherwise. Read from the fixtures that observe the page's clauses (settings, lifecycle, kill,
// sched-policy) and from node-findings, which observes what they do not.
import { check, type FixtureRun } from '../runner/check.js';

const keysAt = (run: FixtureRun, step: string) => run.first('settings', { step })?.keys as string[] | undefined;
const DEFAULT_KEYS = ['args', 'exec', 'execArgv', 'silent'];

check({ name: 'Node fills only args, exec, execArgv and silent into cluster.settings; given keys are added as given', clauses: ['node.findings-01', 'node.findings-02', 'node.findings-03', 'node.findings-04', 'node.findings-13'] }, async (t) => {
  const run = await t.fixture('settings');
  const first = keysAt(run, 'first');
  t.equal('node.findings-01', first?.includes('serialization'), false, "cluster.settings has a serialization key after setupPrimary() without one");
  t.equal('node.findings-02', first?.includes('windowsHide'), false, "cluster.settings has a windowsHide key after setupPrimary() without one");
  t.deepEqual('node.findings-03', first, DEFAULT_KEYS, 'keys of cluster.settings after the first setupPrimary()');
  t.deepEqual('node.findings-03', keysAt(run, 'env'), [...DEFAULT_KEYS, 'env'].sort(), 'keys after setupPrimary({ env })');
  t.deepEqual('node.findings-03', keysAt(run, 'advanced'), [...DEFAULT_KEYS, 'env', 'serialization'].sort(), "keys after setupPrimary({ args, serialization: 'advanced' })");
  const before = run.first('settings', { step: 'before' });
  t.deepEqual('node.findings-04', [before?.type, before?.keys], ['object', []], 'type and keys of cluster.settings before any set-up');
  const env = run.first('settings', { step: 'env' })?.values as Record<string, unknown> | undefined;
  t.deepEqual('node.findings-13', env?.env, { CC_FROM_SETUP: 'yes' }, 'env in cluster.settings after setupPrimary({ env })');
  t.equal('node.findings-13', run.first('worker-info', { step: 'env' })?.fromSetup, undefined, 'the variable given to setupPrimary({ env }) as seen by the next worker');
});

check({ name: "fork() emits 'setup' too, and 'setup' comes after the call has returned", clauses: ['node.findings-05', 'node.findings-06'] }, async (t) => {
  const run = await t.fixture('node-findings');
  const forks = run.first('setup-events', { step: 'two forks' })?.events as string[] | undefined;
  t.equal('node.findings-05', forks?.length, 2, "'setup' events during two fork() calls (and until each worker was online)");
  t.deepEqual('node.findings-06', run.first('setup-events', { step: 'setupPrimary' })?.events, ['after setupPrimary() returned'], "when the 'setup' of setupPrimary() was emitted");
  t.deepEqual('node.findings-06', forks, ['after fork() 1 returned', 'after fork() 2 returned'], "when the 'setup' events of the two fork() calls were emitted");
});

check({ name: 'an unknown NODE_CLUSTER_SCHED_POLICY is ignored and the policy stays round-robin', clauses: ['node.findings-07'] }, async (t) => {
  for (const value of ['bogus', 'RR']) {
    const run = await t.fixture('sched-policy', { args: ['default'], env: { NODE_CLUSTER_SCHED_POLICY: value } });
    const configured = run.first('policy', { step: 'configured' });
    t.equal('node.findings-07', configured?.policy, configured?.SCHED_RR, `schedulingPolicy with NODE_CLUSTER_SCHED_POLICY=${value}`);
    t.equal('node.findings-07', run.result.stderr.trim(), '', `stderr with NODE_CLUSTER_SCHED_POLICY=${value} (no warning)`);
  }
});

check({ name: 'exitedAfterDisconnect is true from the disconnect() call on; the worker leaves cluster.workers at that call', clauses: ['node.findings-08', 'node.findings-14'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const name of ['fork', 'online', 'listening']) {
    t.equal('node.findings-08', run.first('event', { emitter: 'cluster', name, worker: 2 })?.exitedAfterDisconnect, undefined, `exitedAfterDisconnect in '${name}' of worker 2`);
  }
  const after = run.first('value', { name: 'afterDisconnectCall' });
  t.deepEqual('node.findings-08', [after?.exitedAfterDisconnect, after?.isConnected, after?.isDead], [true, true, false], 'exitedAfterDisconnect, isConnected(), isDead() right after worker 2.disconnect()');
  t.deepEqual('node.findings-14', [after?.inWorkers, after?.isConnected], [false, true], 'worker 2 in cluster.workers, and isConnected(), right after its disconnect() was called');
  for (const worker of [1, 3]) {
    const events = run.all('event', { emitter: 'cluster', worker }).filter((e) => e.name === 'disconnect' || e.name === 'exit');
    t.equal('node.findings-14', events[0]?.inWorkers, true, `worker ${worker} (not disconnect()ed) in cluster.workers at its first of 'disconnect'/'exit' ('${events[0]?.name}')`);
  }
});

check({ name: "NODE_UNIQUE_ID is gone when a worker's code starts; primary-only members are undefined in workers", clauses: ['node.findings-09', 'node.findings-10', 'node.findings-11'] }, async (t) => {
  const run = await t.fixture('node-findings');
  const workers = run.all('worker-start', { role: 'worker' });
  t.equal('node.findings-09', workers.length, 2, 'workers that reported');
  t.equal('node.findings-10', workers.length, 2, 'workers that reported');
  for (const worker of workers) {
    t.equal('node.findings-09', worker.uniqueIdAtStart, undefined, `NODE_UNIQUE_ID when worker ${worker.worker}'s code started`);
    const members = worker.members as Record<string, unknown> | undefined;
    t.deepEqual('node.findings-10', members, Object.fromEntries(Object.keys(members ?? { fork: 0 }).map((m) => [m, 'undefined'])), `typeof the primary-only members in worker ${worker.worker}`);
    t.equal('node.findings-10', Object.keys(members ?? {}).length, 7, 'members looked at');
  }
  const before = run.first('before-fork');
  t.deepEqual('node.findings-11', [before?.worker, before?.workers], ['undefined', { type: 'object', keys: [] }], 'typeof cluster.worker, and cluster.workers, in the primary before any fork');
});

check({ name: 'destroy is a function of its own that ends the worker as kill does', clauses: ['node.findings-12'] }, async (t) => {
  const run = await t.fixture('node-findings');
  const destroy = run.first('destroy');
  t.deepEqual('node.findings-12', [destroy?.isFunction, destroy?.sameAsKill], [true, false], 'typeof worker.destroy is function; worker.destroy === worker.kill');
  const destroyed = run.first('destroyed');
  t.deepEqual('node.findings-12', [destroyed?.code, destroyed?.signal], [null, 'SIGHUP'], "code and signal in 'exit' after destroy('SIGHUP')");
});

check({ name: 'kill(signal) inside a worker disconnects it: exit code 0, no signal, exitedAfterDisconnect true', clauses: ['node.findings-15'] }, async (t) => {
  const run = await t.fixture('kill');
  const exit = run.first('event', { emitter: 'cluster', name: 'exit', worker: 2 });
  t.deepEqual('node.findings-15', [exit?.code, exit?.signal, exit?.exitedAfterDisconnect], [0, null, true], "code, signal and exitedAfterDisconnect in 'exit' after cluster.worker.kill('SIGHUP') in the worker");
});

check({ name: 'kill() in the primary signals a worker that stays connected until its process has ended', clauses: ['node.findings-16'] }, async (t) => {
  const run = await t.fixture('kill');
  t.equal('node.findings-16', run.first('value', { name: 'afterKillCall', worker: 6 })?.isConnected, true, 'isConnected() of worker 6 right after kill()');
  t.deepEqual('node.findings-16', run.all('value', { name: 'messageAfterKill', worker: 6 }).map((m) => m.message), ['signalled-while-connected'], "messages worker 6 sent from its SIGTERM handler that reached the primary");
  t.before('node.findings-16', run, ['value', { name: 'messageAfterKill', worker: 6 }], ['event', { emitter: 'cluster', name: 'disconnect', worker: 6 }], "the handler's message before worker 6's 'disconnect'");
});
