// Node tier: behaviours found by the differential checks (node.observed), fixture node-observed: when
// exitedAfterDisconnect is decided, in the primary and in the worker, when cluster.disconnect() calls back, and
// how a worker ends whose channel was closed before it came online.
import { check } from '../runner/check.js';

check({ name: "exitedAfterDisconnect is decided when the worker disconnects: true if disconnect() was called for it, false otherwise, already in 'disconnect'", clauses: ['node.observed-01'] }, async (t) => {
  const run = await t.fixture('node-observed', { env: { CC_OBSERVED: 'ead' } });
  const at = (role: string, when: string) => run.first('ead', { which: role, at: when })?.value;
  for (const role of ['self', 'asked', 'sigkill', 'exit', 'channel']) {
    t.equal('node.observed-01', at(role, 'ready'), undefined, `exitedAfterDisconnect of the ${role} worker when its 'ready' came`);
  }
  t.equal('node.observed-01', at('self', 'disconnect'), true, "exitedAfterDisconnect in 'disconnect' of the worker that called cluster.worker.disconnect()");
  t.equal('node.observed-01', at('asked', 'disconnect'), true, "exitedAfterDisconnect in 'disconnect' of the worker the primary disconnected");
  for (const role of ['sigkill', 'exit', 'channel']) {
    t.equal('node.observed-01', at(role, 'disconnect'), false, `exitedAfterDisconnect in 'disconnect' of the ${role} worker (ended without disconnect())`);
    t.equal('node.observed-01', at(role, 'exit'), false, `exitedAfterDisconnect in 'exit' of the ${role} worker`);
  }
});

check({ name: 'in a worker, cluster.worker.exitedAfterDisconnect is true once disconnect() was called for it, there or in the primary', clauses: ['node.observed-02'] }, async (t) => {
  const run = await t.fixture('node-observed', { env: { CC_OBSERVED: 'ead' } });
  const own = (role: string, when: string) => run.first('own-ead', { which: role, at: when })?.value;
  t.equal('node.observed-02', own('self', 'after disconnect()'), true, 'cluster.worker.exitedAfterDisconnect right after cluster.worker.disconnect() in the worker');
  t.equal('node.observed-02', own('self', 'disconnect'), true, "cluster.worker.exitedAfterDisconnect in its 'disconnect', worker disconnected by itself");
  t.equal('node.observed-02', own('asked', 'disconnect'), true, "cluster.worker.exitedAfterDisconnect in its 'disconnect', worker disconnected by the primary");
  t.equal('node.observed-02', own('channel', 'after process.disconnect()'), undefined, 'cluster.worker.exitedAfterDisconnect right after process.disconnect() in the worker');
});

check({ name: "cluster.disconnect() calls back at the first exit that leaves cluster.workers empty, before that worker's 'exit' events", clauses: ['node.observed-03'] }, async (t) => {
  const run = await t.fixture('node-observed', { env: { CC_OBSERVED: 'cd' } });
  const callback = run.first('callback');
  t.ok('node.observed-03', callback, 'the callback came', run.first('done-waiting'));
  t.before('node.observed-03', run, ['event', { emitter: 'cluster', name: 'disconnect', which: 'quick' }], ['callback', {}], "the quick worker's 'disconnect' before the callback");
  t.before('node.observed-03', run, ['callback', {}], ['event', { emitter: 'worker', name: 'exit', which: 'quick' }], "the callback before the quick worker's Worker 'exit'");
  t.deepEqual('node.observed-03', [callback?.quickDead, callback?.holdingConnected, callback?.workers], [true, true, 0], 'at the callback: [quick worker isDead(), holding worker isConnected(), keys of cluster.workers]');
  t.equal('node.observed-03', run.first('done-waiting')?.calls, 1, 'callbacks once both workers exited');
});

check({ name: "a worker whose channel the primary closes before it came online ends with code 1, without 'online'", clauses: ['node.observed-04'] }, async (t) => {
  const run = await t.fixture('node-observed', { env: { CC_OBSERVED: 'early' } });
  const exit = (which: string) => run.first('event', { name: 'exit', which });
  t.deepEqual('node.observed-04', [exit('early')?.code, exit('early')?.signal], [1, null], "'exit' (code, signal) of the worker whose channel was closed right after fork()");
  t.equal('node.observed-04', run.first('event', { name: 'online', which: 'early' }), undefined, "'online' of that worker");
  t.ok('node.observed-04', run.first('event', { name: 'disconnect', which: 'early' }), "its 'disconnect'");
  t.deepEqual('node.observed-04', [exit('online')?.code, exit('online')?.signal], [0, null], "'exit' (code, signal) of the worker whose channel was closed once it came online");
});
