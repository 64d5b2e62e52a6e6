// cluster's own events in the primary: 'fork', 'online', 'listening', 'exit',
// 'disconnect'. Read from one run of the lifecycle fixture (three workers
// listening on port 0, then ended by kill(), disconnect() and their own exit),
// and 'online' of idle workers from the kill fixture.
import { check } from '../runner/check.js';

const WORKERS = [1, 2, 3];

check({ name: 'fork, online and listening are emitted for every worker, in that order', clauses: ['cluster.event.fork-01', 'cluster.event.online-01', 'cluster.event.online-02', 'cluster.event.online-03', 'cluster.event.listening-01', 'cluster.event.listening-02'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    t.equal('cluster.event.fork-01', run.all('event', { emitter: 'cluster', name: 'fork', worker }).length, 1, `'fork' events for worker ${worker}`);
    t.ok('cluster.event.online-01', run.first('event', { emitter: 'cluster', name: 'online', worker }), `worker ${worker} came online without application code`);
    t.equal('cluster.event.online-02', run.all('event', { emitter: 'cluster', name: 'online', worker }).length, 1, `'online' events for worker ${worker}`);
    t.before('cluster.event.online-03', run, ['event', { emitter: 'cluster', name: 'fork', worker }], ['event', { emitter: 'cluster', name: 'online', worker }], `'fork' before 'online' for worker ${worker}`);
    t.before('cluster.event.listening-01', run, ['event', { emitter: 'cluster', name: 'online', worker }], ['event', { emitter: 'cluster', name: 'listening', worker }], `'online' before 'listening' for worker ${worker}`);
    const listening = run.first('event', { emitter: 'cluster', name: 'listening', worker });
    t.equal('cluster.event.listening-02', listening?.inWorkers, true, `the 'listening' handler's worker is cluster.workers[${worker}]`);
  }
});

check({ name: "'online' comes for workers that neither listen nor send anything", clauses: ['cluster.event.online-01'] }, async (t) => {
  const run = await t.fixture('kill');
  // Workers 1, 4 and 5 of the kill fixture only report to stdout until the primary ends them.
  for (const worker of [1, 4, 5]) {
    t.equal('cluster.event.online-01', run.all('event', { emitter: 'cluster', name: 'online', worker }).length, 1, `'online' events for worker ${worker}, which never listened or sent a message`);
  }
});

check({ name: "listening's address has address, port and addressType 4 for TCP over IPv4", clauses: ['cluster.event.listening-03', 'cluster.event.listening-05'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    const address = run.first('event', { emitter: 'cluster', name: 'listening', worker })?.address as Record<string, unknown> | undefined;
    const served = run.first('listening', { role: 'worker', worker });
    t.deepEqual('cluster.event.listening-03', ['address', 'port', 'addressType'].map((key) => address !== undefined && key in address), [true, true, true], `address object of worker ${worker} has address, port, addressType`);
    t.equal('cluster.event.listening-03', address?.port, served?.port, `port in the event equals the port the worker's server reports`);
    t.equal('cluster.event.listening-05', address?.addressType, 4, `addressType for worker ${worker}`);
  }
});

check({ name: "exit is emitted once per worker with the exit code or the signal name", clauses: ['cluster.event.exit-01', 'cluster.event.exit-02', 'cluster.event.exit-03'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) t.equal('cluster.event.exit-01', run.all('event', { emitter: 'cluster', name: 'exit', worker }).length, 1, `'exit' events for worker ${worker}`);
  const selfExit = run.first('event', { emitter: 'cluster', name: 'exit', worker: 3 });
  t.deepEqual('cluster.event.exit-02', [selfExit?.code, selfExit?.signal], [7, null], 'code and signal of the worker that called process.exit(7)');
  const killed = run.first('event', { emitter: 'cluster', name: 'exit', worker: 1 });
  t.equal('cluster.event.exit-03', killed?.signal, 'SIGTERM', 'signal of the worker ended by kill()');
});

check({ name: 'disconnect is emitted for workers that exit, are killed, or are disconnected', clauses: ['cluster.event.disconnect-01', 'cluster.event.disconnect-02', 'cluster.event.disconnect-03', 'cluster.event.disconnect-04'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  for (const worker of WORKERS) {
    const event = run.first('event', { emitter: 'cluster', name: 'disconnect', worker });
    t.equal('cluster.event.disconnect-01', event?.isConnected, false, `worker ${worker}'s channel is closed when 'disconnect' is emitted`);
  }
  const [killed, disconnected, exited] = WORKERS.map((worker) => run.all('event', { emitter: 'cluster', name: 'disconnect', worker }).length);
  t.equal('cluster.event.disconnect-02', exited, 1, "'disconnect' events for the worker that exited by itself");
  t.equal('cluster.event.disconnect-03', killed, 1, "'disconnect' events for the worker ended by kill()");
  t.equal('cluster.event.disconnect-04', disconnected, 1, "'disconnect' events for the worker ended by disconnect()");
});
