// Node tier, dgram sockets in workers (SPEC node.udp): datagrams sent before a
// socket is bound, exclusive binds, the createSocket() options reuseAddr,
// ipv6Only and reusePort, and bind({ fd }).
import { check, type FixtureRun } from '../runner/check.js';

interface BindResult {
  worker: number;
  port?: number;
  error?: string;
  from?: number;
}

function step(run: FixtureRun, name: string): Record<string, unknown> | undefined {
  return run.first('step', { name });
}

function results(run: FixtureRun, name: string): BindResult[] {
  return (step(run, name)?.results as BindResult[] | undefined) ?? [];
}

/** Port, or error code, of each bind of a step. */
function outcomes(run: FixtureRun, name: string): unknown[] {
  return results(run, name).map((result) => result.error ?? result.port);
}

/** Ports that cluster 'listening' events in the primary named. */
function listeningPorts(run: FixtureRun): unknown[] {
  return run.all('event', { name: 'listening' }).map((event) => (event.address as { port?: unknown } | undefined)?.port);
}

check({ name: "send() before a worker's bind through the primary completed goes out from the shared port", clauses: ['node.udp-01'] }, async (t) => {
  const run = await t.fixture('udp-sockets');
  const pending = results(run, 'pending');
  t.equal('node.udp-01', pending.length, 2, 'workers that bound port 0 and sent right away');
  t.ok('node.udp-01', typeof pending[0]?.port === 'number' && pending[1]?.port === pending[0].port, 'both workers bound the same shared port', pending);
  for (const result of pending) t.equal('node.udp-01', result.from, result.port, `source port of worker ${result.worker}'s datagram, compared with its bound port`);
});

check({ name: "exclusive: true binds a worker's own socket, unreported, and open after disconnect", clauses: ['node.udp-03', 'node.udp-04'] }, async (t) => {
  const run = await t.fixture('udp-sockets');
  const [first, exclusive, shared] = outcomes(run, 'exclusive');
  t.ok('node.udp-03', typeof first === 'number', "worker 1's exclusive bind of port 0 got a port", first);
  t.equal('node.udp-03', exclusive, 'EADDRINUSE', "worker 2's exclusive bind of that port (port or error code)");
  t.equal('node.udp-03', shared, 'EADDRINUSE', "worker 2's non-exclusive bind of that port (port or error code)");
  t.ok('node.udp-04', !listeningPorts(run).includes(first), "no 'listening' in the primary named the exclusive port", listeningPorts(run));
  const disconnect = step(run, 'disconnect');
  t.equal('node.udp-04', disconnect?.answer, 'worker:1', "answer to a datagram sent to the exclusive port after worker 1's 'disconnect'");
  t.equal('node.udp-04', disconnect?.isDead, false, "worker 1's isDead() after that");
});

check({ name: 'reuseAddr holds for exclusive binds and for binds made through the primary', clauses: ['node.udp-05', 'node.udp-06'] }, async (t) => {
  const run = await t.fixture('udp-sockets');
  const [first, second, without] = outcomes(run, 'reuseAddr');
  t.ok('node.udp-05', typeof first === 'number', "worker 1's exclusive reuseAddr bind of port 0 got a port", first);
  t.equal('node.udp-05', second, first, "worker 2's exclusive reuseAddr bind of that port (port or error code)");
  t.equal('node.udp-05', without, 'EADDRINUSE', "worker 2's exclusive bind of that port without reuseAddr (port or error code)");
  const held = step(run, 'reuseAddr-shared')?.port;
  t.deepEqual('node.udp-06', outcomes(run, 'reuseAddr-shared'), ['EADDRINUSE', held], 'binds through the primary of a port held with reuseAddr: without reuseAddr, then with it (port or error code)');
});

check({ name: "ipv6Only holds for a worker's udp6 socket", clauses: ['node.udp-07'] }, async (t) => {
  const run = await t.fixture('udp-sockets');
  const [shared, exclusive, without] = outcomes(run, 'ipv6Only');
  t.equal('node.udp-07', shared, 'EINVAL', 'bind of ::ffff:127.0.0.1 through the primary with ipv6Only (port or error code)');
  t.equal('node.udp-07', exclusive, 'EINVAL', 'exclusive bind of ::ffff:127.0.0.1 with ipv6Only (port or error code)');
  t.ok('node.udp-07', typeof without === 'number', 'bind of ::ffff:127.0.0.1 without ipv6Only got a port', without);
});

check({ name: 'reusePort lets workers bind one UDP port each, outside the cluster', clauses: ['node.udp-08'] }, async (t) => {
  const run = await t.fixture('udp-sockets');
  const [first, second] = outcomes(run, 'reusePort');
  t.ok('node.udp-08', typeof first === 'number', "worker 1's reusePort bind of port 0 got a port", first);
  t.equal('node.udp-08', second, first, "worker 2's reusePort bind of that port (port or error code)");
  t.ok('node.udp-08', !listeningPorts(run).includes(first), "no 'listening' in the primary named that port", listeningPorts(run));
  const answers = (step(run, 'reusePort')?.answers as unknown[] | undefined) ?? [];
  t.ok('node.udp-08', answers.includes('worker:1') && answers.includes('worker:2'), 'datagrams to that port reached both workers (sent until both answered, at most 64)', answers);
});

check({ name: 'bind with an fd option in a worker binds that descriptor of the primary, with exclusive its own', clauses: ['node.udp-09', 'node.udp-10'] }, async (t) => {
  const run = await t.fixture('udp-bind-fd');
  const bound = run.first('bindFd');
  t.equal('node.udp-09', bound?.workerPort ?? bound?.error, bound?.port, "port of the worker's socket after bind({ fd: 3 }) (or its error), compared with the primary's fd 3");
  t.equal('node.udp-09', bound?.answer, 'worker:1', "answer to a datagram sent to the primary's socket");
  t.ok('node.udp-09', listeningPorts(run).includes(bound?.port), "a 'listening' in the primary named that port", listeningPorts(run));
  const own = run.first('bindOwnFd');
  t.equal('node.udp-10', own?.workerPort ?? own?.error, 'ERR_INVALID_FD_TYPE', "bind({ fd: 3, exclusive: true }) in the worker, whose fd 3 is its IPC channel (port or error code)");
});
