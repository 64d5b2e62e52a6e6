// Node tier, node.listen: listen() and bind() in workers as Node does them:
// listen(0) ports matched by call order (SPEC F-14), bind errors, races with
// closes and disconnects, Unix socket paths, and what keeps a worker alive.
import { constants } from 'node:os';
import { check, type FixtureRun } from '../runner/check.js';

const VARIANTS = ['tcp', 'udp'] as const;

function portsOf(run: FixtureRun): Record<string, unknown> {
  return Object.fromEntries(run.all('opened').map((o) => [o.tag, o.error ?? o.port]));
}

const isPort = (value: unknown): boolean => Number.isInteger(value) && (value as number) > 0 && (value as number) < 65536;

check({ name: 'listen(0) and bind(0) servers open at once in a worker get different ports, the n-th of each worker sharing one', clauses: ['node.listen-01'] }, async (t) => {
  for (const variant of VARIANTS) {
    const p = portsOf(await t.fixture('node-listen-slots', { args: [variant] }));
    t.ok('node.listen-01', [p.a0, p.a1, p.b0, p.b1].every(isPort), `${variant}: the first two servers of each worker got ports`, p);
    t.ok('node.listen-01', p.a0 !== p.a1, `${variant}: W1's two servers open at once (a0, a1) are on different ports`, [p.a0, p.a1]);
    t.deepEqual('node.listen-01', [p.b0, p.b1], [p.a0, p.a1], `${variant}: ports of W2's first and second servers, compared with W1's`);
  }
});

check({ name: 'a worker counts its listen(0) calls per address while one stays open, and from the first again once none is', clauses: ['node.listen-02'] }, async (t) => {
  for (const variant of VARIANTS) {
    const p = portsOf(await t.fixture('node-listen-slots', { args: [variant] }));
    t.ok('node.listen-02', isPort(p.a2) && p.a2 !== p.a0 && p.a2 !== p.a1, `${variant}: W1's third server, opened after closing its first while its second stays open, gets neither earlier port`, p);
    t.equal('node.listen-02', p.b2, p.a2, `${variant}: port of W2's third server, compared with W1's third`);
    t.equal('node.listen-02', p.a3, p.b0, `${variant}: port of W1's next server once it had none open, compared with W2's first (still open)`);
    t.ok('node.listen-02', isPort(p.c0), `${variant}: W1's first server on ::1 got a port`, p.c0);
    t.equal('node.listen-02', p.c1, p.c0, `${variant}: port of W2's first server on ::1 (its fourth server in all), compared with W1's first there`);
  }
});

check({ name: 'once every server on a listen(0) port has closed, the port is released and a later listen(0) gets one again', clauses: ['node.listen-03'] }, async (t) => {
  for (const variant of VARIANTS) {
    const run = await t.fixture('node-listen-slots', { args: [variant] });
    const released = (run.first('released')?.value as Array<{ host: string; port: number; outcome: string }> | undefined) ?? [];
    t.ok('node.listen-03', released.length >= 2, `${variant}: ports tried once every server had closed`, released);
    const free = variant === 'tcp' ? 'ECONNREFUSED' : 'bound';
    for (const { host, port, outcome } of released) t.equal('node.listen-03', outcome, free, `${variant}: ${host} port ${port} once every server on it had closed (${variant === 'tcp' ? 'a connection' : 'a bind in the primary'})`);
    const reopened = run.first('reopened');
    t.ok('node.listen-03', isPort(reopened?.port), `${variant}: a listen(0) after that got a port`, reopened);
    if (variant === 'tcp') t.equal('node.listen-03', reopened?.served, 'worker:1', 'answer on that port');
  }
});

/** What a failed step's error said, in the form Node gives it; `port` only where one was asked for. */
function expectedError(code: string, address: string, port?: number) {
  const message = port === undefined ? `bind ${code} ${address}` : `bind ${code} ${address}:${port}`;
  const keys = ['errno', 'code', 'syscall', 'address', ...(port === undefined ? [] : ['port'])];
  return { error: code, detail: { message, keys, errno: -(constants.errno as Record<string, number>)[code], syscall: 'bind', address, ...(port === undefined ? {} : { port }) } };
}

function step(run: FixtureRun, name: string) {
  const found = run.first('opened', { step: name });
  return { error: found?.error, detail: found?.detail };
}

check({ name: 'a second listen or bind on the same explicit port or path in one worker fails with EADDRINUSE', clauses: ['node.listen-04'] }, async (t) => {
  const run = await t.fixture('node-listen-errors');
  const ports = run.first('ports');
  for (const [first, second] of [['tcp P first', 'tcp P second'], ['unix first', 'unix second'], ['udp Q first', 'udp Q second']]) {
    const opened = run.first('opened', { step: first });
    t.ok('node.listen-04', opened && opened.error === undefined, `${first}: opened`, opened?.error);
    t.equal('node.listen-04', run.first('opened', { step: second })?.error, 'EADDRINUSE', `${second}, made while the first stays open in the same worker`);
  }
  t.equal('node.listen-04', run.first('opened', { step: 'tcp P in another worker' })?.port ?? run.first('opened', { step: 'tcp P in another worker' })?.error, ports?.P, "the other worker's listen on that port (shared)");
});

check({ name: "a TCP listen the primary cannot bind ends in the server's 'error' with Node's bind error, no 'listening'", clauses: ['node.listen-05'] }, async (t) => {
  const run = await t.fixture('node-listen-errors');
  const { H } = (run.first('ports') ?? {}) as Record<string, number>;
  t.deepEqual('node.listen-05', step(run, 'tcp held'), expectedError('EADDRINUSE', '127.0.0.1', H), 'error of a listen on a port a server outside the cluster holds');
  t.deepEqual('node.listen-05', step(run, 'tcp nowhere port 0'), expectedError('EADDRNOTAVAIL', '192.0.2.1'), 'error of listen(0) on an address not on this host');
  t.deepEqual('node.listen-05', step(run, 'tcp nowhere port H'), expectedError('EADDRNOTAVAIL', '192.0.2.1', H), 'error of a listen on a port of an address not on this host');
  const addresses = run.all('event', { emitter: 'cluster', name: 'listening' }).map((event) => event.address as Record<string, unknown> | undefined);
  t.ok('node.listen-05', addresses.length > 0, "'listening' events for the servers that did open", addresses);
  t.deepEqual('node.listen-05', addresses.filter((a) => a?.address === '192.0.2.1' || (a?.port === H && a?.addressType === 4)), [], "'listening' events naming an address or port that failed");
});

check({ name: "a UDP bind the primary cannot carry out ends in the socket's 'error' with Node's bind error", clauses: ['node.listen-06'] }, async (t) => {
  const run = await t.fixture('node-listen-errors');
  const { U } = (run.first('ports') ?? {}) as Record<string, number>;
  t.deepEqual('node.listen-06', step(run, 'udp held'), expectedError('EADDRINUSE', '127.0.0.1', U), 'error of a bind on a port a socket outside the cluster holds');
  t.deepEqual('node.listen-06', step(run, 'udp nowhere port 0'), expectedError('EADDRNOTAVAIL', '192.0.2.1'), 'error of bind(0) on an address not on this host');
});

check({ name: 'a listen(0) or bind(0) racing the close of the last server on its address still ends in listening', clauses: ['node.listen-07'] }, async (t) => {
  for (const variant of ['tcp', 'tcp-none', 'udp']) {
    const rounds = (await t.fixture('node-listen-race', { args: [variant] })).all('round');
    t.equal('node.listen-07', rounds.length, 20, `${variant}: rounds played (they stop at the first request left unanswered)`);
    const ended = rounds.filter((r) => isPort(r.first) && isPort(r.second));
    t.deepEqual('node.listen-07', rounds.filter((r) => !ended.includes(r)), [], `${variant}: rounds in which a listen did not end in 'listening' on a port`);
  }
});

check({ name: 'disconnect() right after listen(): no listening, the worker exits with code 0, the primary keeps no socket', clauses: ['node.listen-08'] }, async (t) => {
  for (const variant of VARIANTS) {
    const run = await t.fixture('node-listen-pending', { args: [variant] });
    t.deepEqual('node.listen-08', run.first('server')?.emitted, [], `${variant}: events the worker's server emitted before the worker exited`);
    t.deepEqual('node.listen-08', run.all('event', { emitter: 'cluster', name: 'listening' }), [], `${variant}: cluster 'listening' events`);
    const exit = run.first('event', { emitter: 'worker', name: 'exit' });
    t.deepEqual('node.listen-08', [exit?.code, exit?.signal, exit?.exitedAfterDisconnect], [0, null, true], `${variant}: code, signal and exitedAfterDisconnect in 'exit'`);
    t.equal('node.listen-08', run.first('port')?.outcome, variant === 'tcp' ? 'ECONNREFUSED' : 'bound', `${variant}: the port asked for, once the worker exited (${variant === 'tcp' ? 'a connection' : 'a bind in the primary'})`);
  }
});

check({ name: "a relative Unix socket path is resolved against the worker's working directory when it listens", clauses: ['node.listen-09'] }, async (t) => {
  const run = await t.fixture('node-listen-unix-path');
  for (const [worker, dir, how] of [[1, 'x', 'the cwd it was forked with'], [2, 'y', 'the directory process.chdir() moved it to']] as const) {
    const listened = run.first('listened', { worker });
    t.equal('node.listen-09', listened?.error, undefined, `worker ${worker} listened on rel.sock`);
    t.ok('node.listen-09', (listened?.where as string[] | undefined)?.includes(dir), `worker ${worker}'s socket file is in ${dir}, ${how} (p: the primary's)`, listened?.where);
    const address = run.first('event', { emitter: 'cluster', name: 'listening', worker })?.address as Record<string, unknown> | undefined;
    t.equal('node.listen-09', address?.address, `${listened?.base}/${dir}/rel.sock`, `the path in worker ${worker}'s 'listening'`);
    t.equal('node.listen-09', listened?.address, 'rel.sock', `worker ${worker}'s server.address()`);
  }
  const served = run.first('served');
  t.deepEqual('node.listen-09', [served?.x, served?.y], ['worker:1', 'worker:2'], 'answers on x/rel.sock and y/rel.sock');
});

check({ name: "a Unix socket's file is removed when its last server closes and when its worker is killed", clauses: ['node.listen-10'] }, async (t) => {
  const run = await t.fixture('node-listen-unix-path');
  t.deepEqual('node.listen-10', run.first('listened', { worker: 2 })?.where, ['x', 'y'], 'socket files while both workers listen');
  t.deepEqual('node.listen-10', run.first('closed')?.where, ['y'], "socket files once worker 1's server (the only one on x/rel.sock) has closed");
  t.deepEqual('node.listen-10', run.first('killed')?.where, [], "socket files at the 'exit' of worker 2, killed with SIGKILL while listening on y/rel.sock");
});

const POLICIES = ['rr', 'none'] as const;

check({ name: "a listening server or bound UDP socket keeps a worker with an unref'd channel alive, also after unref() then ref()", clauses: ['node.listen-11'] }, async (t) => {
  for (const policy of POLICIES) {
    const run = await t.fixture('node-listen-keepalive', { args: [policy] });
    for (const mode of ['server', 'server-unref-ref', 'udp']) {
      const alive = run.first('alive', { mode });
      t.equal('node.listen-11', alive?.pong, 'pong', `${policy}: answer to a ping of the ${mode} worker, sent after the others had exited`);
      if (mode !== 'udp') t.equal('node.listen-11', alive?.served, `worker:${alive?.worker}`, `${policy}: answer on the ${mode} worker's port`);
    }
  }
});

check({ name: "after unref() on its server or UDP socket, a worker with an unref'd channel exits by itself with code 0", clauses: ['node.listen-12'] }, async (t) => {
  for (const policy of POLICIES) {
    const run = await t.fixture('node-listen-keepalive', { args: [policy] });
    for (const mode of ['nothing', 'server-unref', 'server-unref-first', 'udp-unref']) {
      const ended = run.first('ended', { mode });
      t.equal('node.listen-12', ended?.settled, true, `${policy}: the ${mode} worker settled before exiting`);
      t.deepEqual('node.listen-12', ended?.exit, { code: 0, signal: null }, `${policy}: code and signal in the 'exit' of the ${mode} worker${mode === 'nothing' ? ' (holding nothing: the method works)' : ''}`);
    }
  }
});
