// Node tier, net server options in a cluster (SPEC node.net): servers that bind
// a socket of the worker's own (exclusive, reusePort) and maxConnections under
// each scheduling policy.
import { check, type FixtureRun } from '../runner/check.js';

function listened(run: FixtureRun, worker: number, step: string): unknown {
  const found = run.first('listen', { worker, step });
  return found?.error ?? found?.port;
}

function listeningEvents(run: FixtureRun): unknown[] {
  return run.all('event', { name: 'listening' }).map((event) => ({ emitter: event.emitter, worker: event.worker, address: event.address }));
}

check({ name: 'exclusive: true gives a worker a listening socket of its own, not shared with other workers', clauses: ['node.net-01', 'node.net-02'] }, async (t) => {
  const run = await t.fixture('net-own-socket', { args: ['exclusive'] });
  const port = listened(run, 1, 'first');
  t.ok('node.net-01', typeof port === 'number', "worker 1's exclusive listen on port 0 got a port", port);
  t.equal('node.net-01', listened(run, 2, 'same port'), 'EADDRINUSE', "worker 2's exclusive listen on worker 1's port (port or error code)");
  t.equal('node.net-02', listened(run, 2, 'same port, shared'), 'EADDRINUSE', "worker 2's non-exclusive listen on that port (port or error code)");
  t.deepEqual('node.net-02', run.first('served', { step: 'listening' })?.answers, ['worker:1', 'worker:1', 'worker:1'], 'answers to 3 connections made to the exclusive port under SCHED_RR');
});

check({ name: "an exclusive server is not reported by 'listening' and outlives the worker's disconnect", clauses: ['node.net-03', 'node.net-04'] }, async (t) => {
  const run = await t.fixture('net-own-socket', { args: ['exclusive'] });
  t.deepEqual('node.net-03', listeningEvents(run), [], "cluster and Worker 'listening' events in the primary");
  const after = run.first('afterDisconnect');
  t.deepEqual('node.net-04', after?.answers, ['worker:1'], "answer on the exclusive port after worker 1's 'disconnect'");
  t.equal('node.net-04', after?.isDead, false, "worker 1's isDead() after that answer");
});

check({ name: 'reusePort: true lets workers bind one port each, outside the cluster', clauses: ['node.net-05', 'node.net-06'] }, async (t) => {
  const run = await t.fixture('net-own-socket', { args: ['reuse-port'] });
  const port = listened(run, 1, 'first');
  t.ok('node.net-05', typeof port === 'number', "worker 1's reusePort listen on port 0 got a port", port);
  t.equal('node.net-05', listened(run, 2, 'same port'), port, "worker 2's reusePort listen on that port (port or error code)");
  const answers = (run.first('served', { step: 'listening' })?.answers as string[] | undefined) ?? [];
  t.ok('node.net-05', answers.includes('worker:1') && answers.includes('worker:2'), 'connections to the port reached both workers (tried until both answered, at most 64)', answers);
  t.deepEqual('node.net-06', listeningEvents(run), [], "cluster and Worker 'listening' events in the primary");
  const after = run.first('afterDisconnect');
  t.ok('node.net-06', (after?.answers as string[] | undefined)?.includes('worker:1') === true, "worker 1 still answered on the port after its 'disconnect' (at most 64 tries)", after?.answers);
  t.equal('node.net-06', after?.isDead, false, "worker 1's isDead() after that");
});

function answersOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

/** `worker:<id>:<open>` → [id, open]. */
function greeting(answer: unknown): [number, number] | undefined {
  const match = typeof answer === 'string' ? /^worker:(\d+):(\d+)$/.exec(answer) : null;
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

check({ name: 'round-robin passes a connection a worker has no room for to another worker, or keeps it until one has room', clauses: ['node.net-07', 'node.net-08'] }, async (t) => {
  const run = await t.fixture('net-max-connections', { args: ['rr'] });
  const answers = answersOf(run.first('filled')?.answers);
  const limits: Record<number, number> = { 1: 1, 2: 2 };
  const greetings = answers.map(greeting);
  t.ok('node.net-07', greetings.length === 3 && greetings.every((g) => g !== undefined), '3 connections to workers limited to 1 and 2 were all answered', answers);
  t.ok('node.net-07', greetings.every((g) => g !== undefined && g[1] <= limits[g[0]]), "no worker's server answered above its maxConnections", answers);
  t.deepEqual('node.net-07', greetings.map((g) => g?.[0]).sort(), [1, 2, 2], 'workers that answered the 3 connections');
  const fourth = run.first('fourth');
  t.equal('node.net-08', fourth?.beforeRoom, undefined, 'answer to a 4th connection while both workers are full (watched 500 ms)');
  t.equal('node.net-08', fourth?.afterRoom, 'worker:1:1', "answer to the 4th connection once worker 1's connection was closed");
});

function dropData(port: unknown, remotePort: unknown): Record<string, unknown> {
  return { localAddress: '127.0.0.1', localPort: port, localFamily: 'IPv4', remoteAddress: '127.0.0.1', remotePort, remoteFamily: 'IPv4' };
}

check({ name: "under SCHED_NONE a worker at maxConnections closes the connection and emits 'drop'", clauses: ['node.net-09'] }, async (t) => {
  const run = await t.fixture('net-max-connections', { args: ['none'], env: { NODE_CLUSTER_SCHED_POLICY: 'none' } });
  const second = run.first('second');
  t.equal('node.net-09', second?.first, 'worker:1:1', 'answer to the first connection');
  t.equal('node.net-09', second?.answer, 'closed', 'outcome of a second connection while the first is open (closed: ended without data)');
  const drops = run.all('drop').map((drop) => drop.data);
  t.deepEqual('node.net-09', drops, [dropData(run.first('port')?.port, second?.localPort)], "'drop' events of the worker's server (their data)");
});

check({ name: "dropMaxConnection makes a round-robin worker at its limit close the connection and emit 'drop'", clauses: ['node.net-10'] }, async (t) => {
  const run = await t.fixture('net-max-connections', { args: ['drop'] });
  const further = run.first('further');
  const outcomes = (further?.outcomes as { answer: string; localPort: number }[] | undefined) ?? [];
  const closed = outcomes.filter((outcome) => outcome.answer === 'closed');
  t.ok('node.net-10', closed.length > 0, 'some of 4 connections made while worker 1 (dropMaxConnection, limit 1) was full ended without data', outcomes);
  t.ok('node.net-10', outcomes.every((outcome) => outcome.answer === 'closed' || greeting(outcome.answer)?.[0] === 2), 'every other one was answered by worker 2', outcomes);
  const port = run.first('port')?.port;
  t.deepEqual('node.net-10', run.all('drop').map((drop) => ({ worker: drop.worker, data: drop.data })), closed.map((outcome) => ({ worker: 1, data: dropData(port, outcome.localPort) })), "'drop' events, one per connection closed, from worker 1");
});
