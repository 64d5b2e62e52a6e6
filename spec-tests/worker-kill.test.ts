// worker.kill([signal]) and its relatives: default signal, a named signal,
// disconnect before the signal, no waiting for open connections, the worker
// side, worker.process.kill() and destroy().
import { check } from '../runner/check.js';

check({ name: 'kill() without a signal ends the worker with SIGTERM after disconnecting it', clauses: ['worker.kill-01', 'worker.kill-03'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  t.equal('worker.kill-01', run.first('event', { emitter: 'cluster', name: 'exit', worker: 1 })?.signal, 'SIGTERM', "signal in 'exit' of the worker ended by kill()");
  t.before('worker.kill-03', run, ['event', { emitter: 'cluster', name: 'disconnect', worker: 1 }], ['event', { emitter: 'cluster', name: 'exit', worker: 1 }], "'disconnect' before 'exit' of the worker ended by kill()");
  // Disconnected first: a worker that handles SIGTERM can no longer reach the primary when the signal comes.
  const kill = await t.fixture('kill');
  t.ok('worker.kill-03', kill.first('value', { name: 'killedWithHandler', worker: 6 }), 'the primary called kill() on worker 6 once its SIGTERM handler was installed');
  t.deepEqual('worker.kill-03', kill.all('value', { name: 'messageAfterKill', worker: 6 }).map((m) => m.message), [], 'messages worker 6 sent from its SIGTERM handler that reached the primary after kill()');
});

check({ name: 'kill(signal), process.kill() and destroy() end the worker with the expected signal', clauses: ['worker.kill-02', 'worker.kill-05', 'worker.kill-06', 'worker.kill-07'] }, async (t) => {
  const run = await t.fixture('kill');
  const exit = (worker: number) => run.first('event', { emitter: 'cluster', name: 'exit', worker });
  t.deepEqual('worker.kill-02', [exit(1)?.code, exit(1)?.signal], [null, 'SIGKILL'], "code and signal in 'exit' after kill('SIGKILL')");
  t.ok('worker.kill-05', run.first('value', { name: 'connectionOpen' }), 'the primary held a connection to worker 3 when it called kill()');
  t.equal('worker.kill-05', exit(3)?.signal, 'SIGTERM', "signal in 'exit' of the worker killed while holding a connection");
  t.equal('worker.kill-06', exit(4)?.signal, 'SIGTERM', "signal in 'exit' after worker.process.kill(), the same as after kill()");
  t.equal('worker.kill-06', run.all('event', { emitter: 'cluster', name: 'disconnect', worker: 4 }).length, 1, "'disconnect' events after worker.process.kill(), as after kill()");
  t.deepEqual('worker.kill-07', [exit(5)?.code, exit(5)?.signal], [null, 'SIGKILL'], "code and signal in 'exit' after destroy('SIGKILL')");
});

check({ name: "kill(signal) called in a worker ends it with that signal; it is not process.kill", clauses: ['worker.kill-04', 'worker.kill-08'] }, async (t) => {
  const run = await t.fixture('kill');
  const exit = run.first('event', { emitter: 'cluster', name: 'exit', worker: 2 });
  t.deepEqual('worker.kill-04', [exit?.code, exit?.signal], [null, 'SIGHUP'], "code and signal in 'exit' after cluster.worker.kill('SIGHUP') in the worker");
  const reports = run.all('roles', { role: 'worker' });
  t.ok('worker.kill-08', reports.length > 0, 'workers reported');
  for (const own of reports) t.equal('worker.kill-08', own.killIsProcessKill, false, `process.kill === cluster.worker.kill in worker ${own.worker}`);
});
