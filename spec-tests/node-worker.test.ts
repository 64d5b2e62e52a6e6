// Node tier: the worker's process and the Worker class (node.worker): 'error'
// on process and cluster.worker, cluster.Worker as a constructor, settings
// written by hand, an idle worker, reserved NODE_ messages. Fixtures
// worker-process, worker-class, settings-by-hand.
import { check, type FixtureRun } from '../runner/check.js';

const RESERVED = { cmd: 'NODE_CC_RESERVED' };
const isReserved = (message: unknown) => JSON.stringify(message) === JSON.stringify(RESERVED);

function exitOf(run: FixtureRun, role: string): unknown[] {
  const exit = run.first('event', { name: 'exit', which: role });
  return [exit?.code, exit?.signal];
}

check({ name: "'error' on process in a worker is emitted by cluster.worker in the same call, first", clauses: ['node.worker-01'] }, async (t) => {
  const run = await t.fixture('worker-process');
  const heard = run.first('heard');
  t.deepEqual('node.worker-01', heard?.order, [{ by: 'cluster.worker', same: true, code: 'ECC_HEARD', rest: ['second argument'] }, 'process'], "listeners called during process.emit('error', error, 'second argument'), in order");
  t.equal('node.worker-01', heard?.returned, true, 'value process.emit() returned');
  const late = run.first('late-send');
  t.deepEqual('node.worker-01', [late?.returned, late?.errorsSoFar], [false, 0], 'process.send() without callback on the closed channel: [value returned, errors emitted during the call]');
  const lateErrors = (run.first('late-send-errors')?.order as { by?: string; code?: string }[] | undefined) ?? [];
  t.deepEqual('node.worker-01', lateErrors.map((e) => (typeof e === 'string' ? e : [e.by, e.code])), [['cluster.worker', 'ERR_IPC_CHANNEL_CLOSED'], 'process'], "'error' listeners called after that send, in order");
});

check({ name: "'error' on process in a worker whose cluster.worker has no listener is thrown and ends the worker", clauses: ['node.worker-02'] }, async (t) => {
  const run = await t.fixture('worker-process');
  const unheard = run.first('unheard');
  t.deepEqual('node.worker-02', [unheard?.threw, unheard?.processListenerCalls], ['the error emitted', 0], "process.emit('error', error) with a listener on process only: [what it threw, calls of that listener]");
  t.ok('node.worker-02', run.first('crash-sends', { role: 'worker' }), 'the crash worker reached its late process.send()');
  t.deepEqual('node.worker-02', exitOf(run, 'crash'), [1, null], "'exit' (code, signal) of the worker whose late process.send() failed with no 'error' listener");
  t.deepEqual('node.worker-02', exitOf(run, 'errors'), [0, null], "'exit' (code, signal) of the worker that had a cluster.worker 'error' listener");
});

check({ name: 'cluster.Worker is the class of forked workers, in the primary and in workers', clauses: ['node.worker-03'] }, async (t) => {
  const run = await t.fixture('worker-class');
  t.equal('node.worker-03', run.first('value', { name: 'typeofWorker' })?.value, 'function', 'typeof cluster.Worker in the primary');
  t.equal('node.worker-03', run.first('value', { name: 'forkedIsInstance' })?.value, true, 'fork() result instanceof cluster.Worker');
  const inWorker = run.first('worker-class');
  t.deepEqual('node.worker-03', [inWorker?.typeofWorker, inWorker?.isInstance], ['function', true], 'in the worker: [typeof cluster.Worker, cluster.worker instanceof cluster.Worker]');
});

check({ name: 'cluster.Worker builds a Worker with or without new and forks nothing', clauses: ['node.worker-04'] }, async (t) => {
  const run = await t.fixture('worker-class');
  for (const how of ['new, no options', 'call, no options', 'new, options', 'call, options']) {
    const made = run.first('made', { how });
    t.deepEqual('node.worker-04', [made?.instance, made?.emitter], [true, true], `cluster.Worker (${how}): [instanceof cluster.Worker, instanceof EventEmitter]`);
  }
  t.deepEqual('node.worker-04', run.first('value', { name: 'afterConstruction' })?.value, { forks: 0, workers: [] }, "'fork' events and cluster.workers keys after those calls");
});

check({ name: 'a Worker built by hand takes id, state and process from its options', clauses: ['node.worker-05'] }, async (t) => {
  const run = await t.fixture('worker-class');
  const fields = (how: string) => {
    const made = run.first('made', { how });
    return [made?.id, made?.state, made?.process, made?.exitedAfterDisconnect, made?.isConnected, made?.isDead];
  };
  t.deepEqual('node.worker-05', fields('new, no options'), [0, 'none', 'undefined', undefined, 'throws TypeError', 'throws TypeError'], 'new cluster.Worker(): [id, state, process, exitedAfterDisconnect, isConnected(), isDead()]');
  t.deepEqual('node.worker-05', fields('call, options'), [8, 'online', 'undefined', undefined, 'throws TypeError', 'throws TypeError'], "cluster.Worker({ id: 8, state: 'online' }): [id, state, process, exitedAfterDisconnect, isConnected(), isDead()]");
  t.deepEqual('node.worker-05', run.first('value', { name: 'ids' })?.value, [7, 12, 5, -3, 0, 0], "id for options.id 7.9, '12', 2 ** 32 + 5, -3, 'x', null");
  t.deepEqual('node.worker-05', run.first('value', { name: 'states' })?.value, ['online', 'none', 'none', 'none'], "state for options.state 'online', '', 0, null");
});

check({ name: 'a Worker built around a child process relays it and follows its state, outside the cluster', clauses: ['node.worker-06'] }, async (t) => {
  const run = await t.fixture('worker-class');
  const around = run.first('around');
  t.deepEqual('node.worker-06', run.all('event', { emitter: 'made' }).map((e) => [e.name, e.message]), [['error', 'from the child process object'], ['message', { echo: 'hello' }], ['message', { echo: 'bye' }]], "events of the Worker built around the child: 'error' it emitted, the echoes of what send() sent");
  t.deepEqual('node.worker-06', [around?.returned, around?.sendCallback], [true, null], "the Worker's send(): [value returned, error given to its callback]");
  t.deepEqual('node.worker-06', around?.before, { sameProcess: true, isConnected: true, isDead: false }, 'while the child runs: [process is the child, isConnected(), isDead()]');
  t.deepEqual('node.worker-06', around?.after, { isConnected: false, isDead: true }, 'once the child disconnected and exited: [isConnected(), isDead()]');
  t.deepEqual('node.worker-06', [around?.clusterMessages, around?.workers], [0, []], "cluster 'message' events for it, and cluster.workers keys");
});

check({ name: 'settings written by hand to cluster.settings are used by the next fork', clauses: ['node.worker-07'] }, async (t) => {
  for (const how of ['keys', 'object']) {
    const run = await t.fixture('settings-by-hand', { env: { CC_SETTINGS_BY_HAND: how } });
    const first = run.first('first-worker');
    const facts = first?.facts as Record<string, unknown> | undefined;
    const written = how === 'keys' ? 'keys set on cluster.settings' : 'an object assigned to cluster.settings';
    t.deepEqual('node.worker-07', [facts?.argv, facts?.execArgv], [['by-hand'], ['--no-warnings']], `worker 1 after ${written} before the first fork: [its argv after the script, its execArgv]`);
    t.deepEqual('node.worker-07', [first?.echoedMap, first?.echoedBigInt], [[['key', 1]], '2n'], `a Map and a BigInt sent to worker 1 and back, after ${written} (serialization 'advanced')`);
    t.deepEqual('node.worker-07', run.first('settings-after-fork')?.value, { serialization: 'advanced', args: ['by-hand'], execArgv: ['--no-warnings'] }, `those keys in cluster.settings after the fork (${written})`);
    t.deepEqual('node.worker-07', (run.first('second-worker')?.facts as Record<string, unknown> | undefined)?.argv, ['later'], `argv of worker 2 after args was set by hand following the first fork (${written})`);
  }
});

check({ name: 'a worker whose code leaves nothing pending stays alive and connected until disconnected', clauses: ['node.worker-08'] }, async (t) => {
  const run = await t.fixture('worker-process');
  const idle = run.first('idle');
  t.deepEqual('node.worker-08', [idle?.first, idle?.deadAtAnswer, idle?.connectedAtAnswer], ['echo', false, true], "the idle worker pinged after start-up: [its echo or its 'exit' first, isDead() and isConnected() then]");
  t.deepEqual('node.worker-08', exitOf(run, 'idle'), [0, null], "'exit' (code, signal) of the idle worker once disconnected");
});

check({ name: 'messages whose cmd starts with NODE_ are not delivered, either way', clauses: ['node.worker-09'] }, async (t) => {
  const run = await t.fixture('worker-process');
  const toWorker = (run.first('received', { via: 'both' })?.messages as { via: string; message: unknown }[] | undefined) ?? [];
  t.deepEqual('node.worker-09', toWorker.map((m) => [m.via, m.message]), [['cluster.worker', { kind: 'start' }], ['process', { kind: 'start' }]], "'message' events of cluster.worker and process in a worker sent the reserved message, then { kind: 'start' }");
  t.deepEqual('node.worker-09', run.all('received', { via: 'cluster.worker' }).map((r) => r.message), [{ kind: 'ping' }], "cluster.worker 'message' events of the idle worker sent the reserved message, then a ping");
  for (const emitter of ['worker', 'cluster']) {
    const events = run.all('event', { emitter, name: 'message' }).map((e) => e.message);
    t.ok('node.worker-09', !events.some(isReserved) && events.some((m) => (m as { kind?: string })?.kind === 'ready'), `${emitter === 'worker' ? "Workers'" : "cluster's"} 'message' events in the primary: the worker's { kind: 'ready' }, not the reserved message sent just before it`, events);
  }
});
