// Servers shared by workers (the Cluster intro and How it works): one port for
// many workers, listen(0), listen({ fd }), listen(handle), handles over IPC,
// and what happens to the shared port as workers die and are replaced.
import { check, type FixtureRun } from '../runner/check.js';

const SERVED_BY_WORKER = /^worker:\d+$/;

function listenPort(run: FixtureRun, worker: number, step: string): unknown {
  const found = run.first('listen', { worker, step });
  return found?.error ?? found?.port;
}

check({ name: 'several workers listen on one explicit TCP port and its connections reach their handlers', clauses: ['intro-02', 'intro-03'] }, async (t) => {
  const run = await t.fixture('share-port');
  const served = run.first('value', { name: 'servedBy' });
  for (const worker of [1, 2, 3]) t.equal('intro-02', listenPort(run, worker, 'listen(P)'), served?.port, `port of worker ${worker}'s listen(P) (or its error)`);
  const answers = (served?.value as string[] | undefined) ?? [];
  t.equal('intro-03', answers.length, 6, 'connections made to the shared port');
  t.ok('intro-03', answers.every((answer) => SERVED_BY_WORKER.test(answer)), "every connection answered by a worker's connection handler", answers);
});

check({ name: 'listen(0) gives every worker the same system-chosen port, also after a close and in a later worker', clauses: ['how-14', 'how-15', 'how-16'] }, async (t) => {
  const run = await t.fixture('share-port');
  const port = listenPort(run, 1, 'first listen(0)');
  t.ok('how-15', Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536, "worker 1's first listen(0) got a port from the system", port);
  t.equal('how-14', listenPort(run, 2, 'listen(0)'), port, "worker 2's listen(0) port, compared with worker 1's");
  t.equal('how-14', listenPort(run, 4, 'listen(0) in a later worker'), port, "port of listen(0) in worker 4, forked after the others listened");
  t.equal('how-16', listenPort(run, 1, 'listen(0) after close'), port, "port of worker 1's listen(0) after closing its first server");
});

check({ name: 'a second listen(0) in a worker whose first server is open gets that same port', clauses: ['how-16'] }, async (t) => {
  const run = await t.fixture('share-port');
  t.equal('how-16', listenPort(run, 2, 'second listen(0) while the first is open'), listenPort(run, 2, 'listen(0)'), "port of worker 2's second listen(0), compared with its first");
});

check({ name: 'listen with an fd option in a worker listens on that descriptor of the primary', clauses: ['how-12'] }, async (t) => {
  const run = await t.fixture('share-listen-fd');
  const result = run.first('listenFd');
  const own = run.first('ownFd', { role: 'worker' });
  t.ok('how-12', own?.link !== result?.primaryFd, "the worker's own fd 3 is not the primary's listening socket", { worker: own?.link, primary: result?.primaryFd });
  t.equal('how-12', result?.workerPort ?? result?.error, result?.port, "port of the worker's server after listen({ fd: 3 }) (or its error), compared with the primary's fd 3");
  t.deepEqual('how-12', result?.served, ['worker:1', 'worker:1', 'worker:1'], "answers on the primary's socket");
});

check({ name: 'server handles travel over IPC from primary to worker and back', clauses: ['how-02'] }, async (t) => {
  const run = await t.fixture('share-handles');
  const toWorker = run.first('toWorker');
  const toPrimary = run.first('toPrimary');
  t.equal('how-02', toWorker?.workerPort ?? toWorker?.error, toWorker?.port, 'port of the server the worker received from the primary (or the error)');
  t.deepEqual('how-02', toWorker?.served, ['worker:1', 'worker:1', 'worker:1'], "answers on the primary's server after the worker took it over and the primary closed its copy");
  t.equal('how-02', toPrimary?.handle, 'Server', 'handle the primary received from the worker');
  t.deepEqual('how-02', toPrimary?.served, ['primary', 'primary', 'primary'], "answers on the worker's server after the primary took it over and the worker closed its copy");
});

check({ name: 'listen(handle) in a worker uses the handle without the primary', clauses: ['how-13'] }, async (t) => {
  const run = await t.fixture('share-listen-handle');
  const result = run.first('listenHandle');
  t.equal('how-13', result?.workerPort ?? result?.error, result?.port, "port of the worker's listen(handle) (or its error), compared with the handle's");
  t.deepEqual('how-13', result?.served, ['worker:1', 'worker:1', 'worker:1'], 'answers on the handle after the primary closed its copy');
  t.deepEqual('how-13', run.all('event', { name: 'listening', emitter: 'cluster' }), [], "cluster 'listening' events for a listen(handle) in the worker");
});

// Which worker takes a connection is the scheduling policy's business (how-07);
// these checks only ask that every connection is answered by a live worker.
check({ name: 'killing or adding a worker leaves the others serving on the shared port', clauses: ['how-19', 'how-20', 'how-21'] }, async (t) => {
  const run = await t.fixture('share-restart');
  const served = (step: string) => (run.first('served', { step })?.value as string[] | undefined) ?? [];
  const onlyBy = (answers: string[], workers: number[]) => answers.length > 0 && answers.every((answer) => workers.some((worker) => answer === `worker:${worker}`));
  t.ok('how-19', onlyBy(served('after kill'), [2, 3]) && served('after kill').length === 4, 'workers 2 and 3 answered all 4 connections made after worker 1 was killed', served('after kill'));
  t.before('how-19', run, ['served', { step: 'after kill' }], ['event', { name: 'exit', worker: 2 }], 'worker 2 still running after worker 1 was killed');
  t.before('how-19', run, ['served', { step: 'after kill' }], ['event', { name: 'exit', worker: 3 }], 'worker 3 still running after worker 1 was killed');
  const replacement = run.first('listen', { worker: 4 });
  t.equal('how-20', replacement?.port ?? replacement?.error, run.first('served', { step: 'all' })?.port, "port of replacement worker 4's listen(0) (or its error), compared with the shared port");
  t.ok('how-20', onlyBy(served('after replacement'), [2, 3, 4]) && served('after replacement').length === 6, 'workers 2, 3 and 4 answered all 6 connections made after worker 4 joined', served('after replacement'));
  t.before('how-20', run, ['served', { step: 'after replacement' }], ['event', { name: 'exit', worker: 2 }], 'worker 2 still running after worker 4 joined');
  t.before('how-20', run, ['served', { step: 'after replacement' }], ['event', { name: 'exit', worker: 3 }], 'worker 3 still running after worker 4 joined');
  t.deepEqual('how-21', served('one left'), ['worker:4', 'worker:4', 'worker:4'], 'answers to 3 connections with only worker 4 alive');
});

check({ name: 'with no worker alive, open connections are dropped, new ones refused, and nobody is forked', clauses: ['how-22', 'how-23', 'how-24'] }, async (t) => {
  const run = await t.fixture('share-restart');
  const held = run.first('held');
  t.ok('how-22', typeof held?.greeting === 'string' && SERVED_BY_WORKER.test(held.greeting as string), 'the held connection was open to a worker', held?.greeting);
  t.equal('how-22', held?.dropped, true, 'the held connection closed once the last worker exited (a worker closes it only when the client writes)');
  const afterAll = run.first('afterAll');
  t.equal('how-23', afterAll?.outcome, 'ECONNREFUSED', 'a new connection after the last worker exited');
  t.deepEqual('how-24', run.all('event', { name: 'fork' }).map((event) => event.worker), [1, 2, 3, 4], "workers in 'fork' events: only the four fork() calls, none after an 'exit'");
  t.deepEqual('how-24', afterAll?.workers, [], 'cluster.workers after every worker exited');
});

check({ name: 'workers that never listen exchange messages and exit normally', clauses: ['how-25'] }, async (t) => {
  const run = await t.fixture('share-no-network');
  for (const worker of [1, 2]) {
    t.equal('how-25', run.first('answered', { worker })?.ok, true, `worker ${worker} answered the primary's message`);
    const exit = run.first('event', { name: 'exit', worker });
    t.deepEqual('how-25', [exit?.code, exit?.signal], [0, null], `code and signal in 'exit' of worker ${worker} after disconnect()`);
  }
  t.deepEqual('how-25', run.all('event', { name: 'listening' }), [], "'listening' events");
});
