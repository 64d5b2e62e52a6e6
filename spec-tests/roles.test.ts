// What each role sees: isPrimary / isWorker / isMaster, cluster.worker,
// cluster.workers, worker.process, Worker as EventEmitter, fork() results.
import { check } from '../runner/check.js';

const WORKERS = [1, 2, 3];

check({ name: 'isPrimary, isWorker and isMaster tell the roles apart', clauses: ['cluster.isPrimary-01', 'cluster.isPrimary-03', 'cluster.isWorker-01', 'cluster.isMaster-01'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const primary = run.first('roles', { role: 'primary' });
  const workers = run.all('roles', { role: 'worker' });
  t.equal('cluster.isPrimary-01', primary?.isPrimary, true, 'cluster.isPrimary in the primary');
  t.equal('cluster.isWorker-01', primary?.isWorker, false, 'cluster.isWorker in the primary');
  t.equal('cluster.isMaster-01', primary?.isMaster, true, 'cluster.isMaster in the primary');
  t.equal('cluster.isPrimary-03', workers.length, WORKERS.length, 'workers that reported their role');
  for (const worker of workers) {
    t.equal('cluster.isPrimary-03', worker.isPrimary, false, `cluster.isPrimary in worker ${worker.worker}`);
    t.equal('cluster.isWorker-01', worker.isWorker, true, `cluster.isWorker in worker ${worker.worker}`);
    t.equal('cluster.isMaster-01', worker.isMaster, false, `cluster.isMaster in worker ${worker.worker}`);
  }
});

check({ name: 'isPrimary follows NODE_UNIQUE_ID at start-up', clauses: ['cluster.isPrimary-02'] }, async (t) => {
  const withId = await t.fixture('role-from-env', { env: { NODE_UNIQUE_ID: '1' } });
  t.equal('cluster.isPrimary-02', withId.first('role')?.isPrimary, false, 'cluster.isPrimary with NODE_UNIQUE_ID set');
});

check({ name: 'cluster.worker exists only in workers, cluster.workers only in the primary', clauses: ['cluster.worker-01', 'cluster.worker-02', 'cluster.workers-01', 'cluster.workers-02', 'cluster.workers-03', 'worker-03', 'worker-04'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const primary = run.first('roles', { role: 'primary' });
  t.equal('cluster.worker-02', primary?.hasWorker, false, 'cluster.worker is defined in the primary');
  t.equal('cluster.worker-02', run.first('value', { name: 'hasWorkerAfterFork' })?.value, false, 'cluster.worker is defined in the primary once it forked');
  t.equal('cluster.workers-01', primary?.workersType, 'plain object', 'cluster.workers in the primary');
  t.deepEqual('cluster.workers-02', run.first('value', { name: 'workersKeys' })?.value, ['1', '2', '3'], 'Object.keys(cluster.workers) while all three workers listen');
  t.equal('worker-03', run.first('value', { name: 'workersValuesAreForked' })?.value, true, 'Object.values(cluster.workers) are the Workers fork() returned');
  for (const worker of WORKERS) {
    const own = run.first('roles', { role: 'worker', worker });
    t.equal('cluster.worker-01', own?.hasWorker, true, `cluster.worker is defined in worker ${worker}`);
    t.equal('worker-04', own?.worker, worker, `cluster.worker.id in worker ${worker}`);
    t.equal('cluster.workers-03', own?.workersType, 'undefined', `cluster.workers in worker ${worker}`);
  }
});

check({ name: 'fork() returns an EventEmitter Worker whose process is a separate child process', clauses: ['cluster.fork-01', 'cluster.fork-03', 'worker-01', 'worker.process-01', 'worker.process-02', 'how-01'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  t.deepEqual('cluster.fork-01', run.first('value', { name: 'forkedIds' })?.value, [1, 2, 3], 'ids of the Workers returned by three fork() calls');
  t.equal('cluster.fork-03', run.all('roles', { role: 'worker' }).length, 3, 'workers started by fork() without env');
  t.equal('worker-01', run.first('value', { name: 'isEventEmitter' })?.value, true, 'every Worker is an EventEmitter');
  t.equal('worker.process-01', run.first('value', { name: 'processIsChildProcess' })?.value, true, 'worker.process is a ChildProcess');
  t.equal('how-01', run.first('value', { name: 'distinctPids' })?.value, true, 'primary and workers have distinct pids');
  const primaryPid = run.first('roles', { role: 'primary' })?.pid;
  for (const worker of WORKERS) {
    const own = run.first('roles', { role: 'worker', worker });
    t.equal('how-01', own?.ppid, primaryPid, `parent of worker ${worker} is the primary`);
    t.equal('worker.process-02', own?.processIsGlobal, true, `cluster.worker.process is the global process in worker ${worker}`);
  }
});

check({ name: 'a worker leaves cluster.workers only once disconnected and exited, before the last of the two events', clauses: ['cluster.workers-04', 'cluster.workers-05'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const snapshots = [...run.all('event', { emitter: 'cluster' }), ...run.all('value', { name: 'afterDisconnectCall' })];
  for (const snapshot of snapshots.filter((s) => s.isConnected === true || s.isDead === false)) {
    t.equal('cluster.workers-04', snapshot.inWorkers, true, `worker ${snapshot.worker} in cluster.workers at ${snapshot.kind === 'event' ? `'${snapshot.name}'` : snapshot.name} (connected ${snapshot.isConnected}, dead ${snapshot.isDead})`);
  }
  for (const worker of WORKERS) {
    const last = run.all('event', { emitter: 'cluster', worker }).filter((e) => e.name === 'disconnect' || e.name === 'exit').at(-1);
    t.equal('cluster.workers-05', last?.inWorkers, false, `worker ${worker} in cluster.workers at its last event ('${last?.name}')`);
  }
  t.deepEqual('cluster.workers-05', run.first('done')?.remainingWorkers, [], 'cluster.workers after all workers exited');
});

check({ name: 'fork(), disconnect() and setupPrimary() cannot be used in a worker', clauses: ['cluster.fork-04', 'cluster.disconnect-05', 'cluster.setupPrimary-08'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const workers = run.all('roles', { role: 'worker' });
  t.equal('cluster.fork-04', workers.length, WORKERS.length, 'workers that reported');
  for (const own of workers) {
    const usable = own.usable as Record<string, boolean> | undefined;
    t.equal('cluster.fork-04', usable?.fork, false, `cluster.fork usable in worker ${own.worker}`);
    t.equal('cluster.disconnect-05', usable?.disconnect, false, `cluster.disconnect usable in worker ${own.worker}`);
    t.equal('cluster.setupPrimary-08', usable?.setupPrimary, false, `cluster.setupPrimary usable in worker ${own.worker}`);
  }
});
