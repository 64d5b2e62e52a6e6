// A Worker's state as the primary sees it over the worker's life:
// exitedAfterDisconnect, id, isConnected(), isDead(). Read from the lifecycle
// fixture, which ends worker 1 by kill(), worker 2 by disconnect() and lets
// worker 3 exit by itself; ids across a death from share-restart.
import { check } from '../runner/check.js';

const WORKERS = [1, 2, 3];
const ALIVE_EVENTS = ['fork', 'online', 'listening'];

check({ name: 'exitedAfterDisconnect is undefined until exit, true after disconnect(), false otherwise', clauses: ['worker.exitedAfterDisconnect-01', 'worker.exitedAfterDisconnect-02', 'worker.exitedAfterDisconnect-03'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    for (const name of ALIVE_EVENTS) {
      t.equal('worker.exitedAfterDisconnect-01', run.first('event', { emitter: 'cluster', name, worker })?.exitedAfterDisconnect, undefined, `in '${name}' of worker ${worker}`);
    }
  }
  t.equal('worker.exitedAfterDisconnect-01', run.first('value', { name: 'afterDisconnectCall' })?.exitedAfterDisconnect, undefined, 'right after disconnect() was called, before the worker exited');
  t.equal('worker.exitedAfterDisconnect-02', run.first('event', { emitter: 'cluster', name: 'exit', worker: 2 })?.exitedAfterDisconnect, true, "in 'exit' of the worker ended by disconnect()");
  t.equal('worker.exitedAfterDisconnect-03', run.first('event', { emitter: 'cluster', name: 'exit', worker: 3 })?.exitedAfterDisconnect, false, "in 'exit' of the worker that exited by itself");
  t.equal('worker.exitedAfterDisconnect-03', run.first('event', { emitter: 'cluster', name: 'exit', worker: 1 })?.exitedAfterDisconnect, false, "in 'exit' of the worker ended by kill()");
});

check({ name: 'worker ids are unique, index cluster.workers, and match cluster.worker.id', clauses: ['worker.id-01', 'worker.id-02', 'worker.id-03'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const ids = run.first('value', { name: 'forkedIds' })?.value as unknown[] | undefined;
  t.equal('worker.id-01', new Set(ids).size, WORKERS.length, `distinct ids among ${JSON.stringify(ids)}`);
  // Also across deaths: share-restart forks a fourth worker after the first one has exited.
  const restart = await t.fixture('share-restart');
  const forked = restart.all('event', { name: 'fork' }).map((event) => event.worker);
  t.ok('worker.id-01', forked.length === 4 && new Set(forked).size === 4, 'four distinct ids in the four workers forked, one after a worker exited', forked);
  for (const worker of WORKERS) {
    for (const name of ALIVE_EVENTS) t.equal('worker.id-02', run.first('event', { emitter: 'cluster', name, worker })?.inWorkers, true, `cluster.workers[${worker}] is the Worker in '${name}'`);
    const own = run.first('roles', { role: 'worker', worker });
    t.ok('worker.id-03', own, `a worker process reported cluster.worker.id === ${worker}`, run.all('roles', { role: 'worker' }).map((o) => o.worker));
  }
});

check({ name: 'isConnected() is true from fork until the disconnect event, in the primary and in the worker', clauses: ['worker.isConnected-01', 'worker.isConnected-02', 'worker.isConnected-03', 'worker.isConnected-04'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    t.equal('worker.isConnected-02', run.first('event', { emitter: 'cluster', name: 'fork', worker })?.isConnected, true, `in 'fork' of worker ${worker}`);
    t.equal('worker.isConnected-01', run.first('event', { emitter: 'cluster', name: 'listening', worker })?.isConnected, true, `in 'listening' of worker ${worker}`);
    t.equal('worker.isConnected-01', run.first('event', { emitter: 'cluster', name: 'exit', worker })?.isConnected, false, `in 'exit' of worker ${worker}`);
    t.equal('worker.isConnected-03', run.first('event', { emitter: 'cluster', name: 'disconnect', worker })?.isConnected, false, `in 'disconnect' of worker ${worker}`);
    t.equal('worker.isConnected-04', run.first('roles', { role: 'worker', worker })?.isConnected, true, `cluster.worker.isConnected() inside worker ${worker}`);
  }
});

check({ name: 'isDead() is false while the worker runs and true once it exited or was signalled', clauses: ['worker.isDead-01', 'worker.isDead-02', 'worker.isDead-03', 'worker.isDead-04'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    for (const name of ALIVE_EVENTS) t.equal('worker.isDead-01', run.first('event', { emitter: 'cluster', name, worker })?.isDead, false, `in '${name}' of worker ${worker}`);
    t.equal('worker.isDead-04', run.first('event', { emitter: 'worker', name: 'exit', worker })?.isDead, true, `in the Worker's 'exit' of worker ${worker}`);
  }
  t.equal('worker.isDead-02', run.first('event', { emitter: 'cluster', name: 'exit', worker: 3 })?.isDead, true, 'after the worker exited by itself');
  t.equal('worker.isDead-03', run.first('event', { emitter: 'cluster', name: 'exit', worker: 1 })?.isDead, true, 'after the worker was ended by SIGTERM');
});
