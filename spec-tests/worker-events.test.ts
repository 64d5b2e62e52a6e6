// Events of a Worker object: 'online', 'listening', 'disconnect', 'exit' in
// the primary (and their absence on cluster.worker inside the worker), read
// from one run of the lifecycle fixture.
import { check } from '../runner/check.js';

const WORKERS = [1, 2, 3];

check({ name: "a Worker emits 'online' and 'listening' like cluster does, but not inside the worker", clauses: ['worker.event.online-01', 'worker.event.online-02', 'worker.event.listening-01', 'worker.event.listening-02', 'worker.event.listening-03'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    t.equal('worker.event.online-01', run.all('event', { emitter: 'worker', name: 'online', worker }).length, 1, `'online' events on Worker ${worker}`);
    const own = run.first('event', { emitter: 'worker', name: 'listening', worker });
    const global = run.first('event', { emitter: 'cluster', name: 'listening', worker });
    t.equal('worker.event.listening-01', typeof own?.address, 'object', `Worker ${worker}'s 'listening' carries an address object`);
    t.deepEqual('worker.event.listening-02', own?.address, global?.address, `Worker ${worker}'s and cluster's 'listening' addresses`);
  }
  t.deepEqual('worker.event.online-02', run.all('event', { emitter: 'self', name: 'online' }), [], "'online' events on cluster.worker inside workers");
  t.deepEqual('worker.event.listening-03', run.all('event', { emitter: 'self', name: 'listening' }), [], "'listening' events on cluster.worker inside workers");
});

check({ name: "a Worker emits 'disconnect' and 'exit' (code, signal) together with cluster", clauses: ['worker.event.disconnect-01', 'worker.event.disconnect-02', 'worker.event.exit-01', 'worker.event.exit-02', 'worker.event.exit-03', 'worker.event.exit-04'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    const disconnect = run.all('event', { emitter: 'worker', name: 'disconnect', worker });
    t.deepEqual('worker.event.disconnect-01', disconnect.map((e) => e.isConnected), [false], `Worker ${worker}'s 'disconnect' events (isConnected() in each)`);
    t.equal('worker.event.disconnect-02', run.all('event', { emitter: 'cluster', name: 'disconnect', worker }).length, disconnect.length, `cluster's and Worker ${worker}'s 'disconnect' counts`);
    const exits = run.all('event', { emitter: 'worker', name: 'exit', worker });
    t.deepEqual('worker.event.exit-01', exits.map((e) => e.isDead), [true], `Worker ${worker}'s 'exit' events (isDead() in each)`);
    const global = run.first('event', { emitter: 'cluster', name: 'exit', worker });
    t.deepEqual('worker.event.exit-04', [exits[0]?.code, exits[0]?.signal], [global?.code, global?.signal], `Worker ${worker}'s and cluster's 'exit' arguments`);
  }
  const selfExit = run.first('event', { emitter: 'worker', name: 'exit', worker: 3 });
  t.deepEqual('worker.event.exit-02', [selfExit?.code, selfExit?.signal], [7, null], 'code and signal of the worker that called process.exit(7)');
  t.equal('worker.event.exit-03', run.first('event', { emitter: 'worker', name: 'exit', worker: 1 })?.signal, 'SIGTERM', 'signal of the worker ended by kill()');
});
