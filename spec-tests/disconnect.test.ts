// worker.disconnect() from the primary and from the worker, channels lost
// without it (worker.process), cluster.disconnect(), and fork() from an
// 'exit' handler. Read from the disc-worker and disc-cluster fixtures.
import { check, type FixtureRun } from '../runner/check.js';

/** The worker id the disc-worker fixture gave each part. */
function idOf(run: FixtureRun, part: string): number | undefined {
  return (run.first('value', { name: 'parts' })?.value as Record<string, number> | undefined)?.[part];
}

/** Sequence number of a worker-side report of one part (per process, so comparable within a worker). */
function seqOf(run: FixtureRun, kind: string, pattern: Record<string, unknown>): number | undefined {
  return run.first(kind, { role: 'worker', ...pattern })?.seq;
}

function exitOf(run: FixtureRun, worker: number | undefined): Record<string, unknown> | undefined {
  return run.first('event', { emitter: 'cluster', name: 'exit', worker });
}

check({ name: 'disconnect() returns the Worker it was called on, in the primary and in a worker', clauses: ['worker.disconnect-01'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  t.equal('worker.disconnect-01', run.first('value', { name: 'disconnectReturnsWorker' })?.value, true, 'worker.disconnect() in the primary returned that Worker');
  t.equal('worker.disconnect-01', run.first('self-disconnect')?.returnsWorker, true, 'cluster.worker.disconnect() in the worker returned cluster.worker');
});

check({ name: 'disconnect() in a worker closes each of its servers, then its channel; the exit counts as voluntary', clauses: ['worker.disconnect-02', 'worker.disconnect-05'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  const channel = seqOf(run, 'channel-disconnect', { part: 'self' });
  t.ok('worker.disconnect-02', channel !== undefined, "the worker's process emitted 'disconnect' after cluster.worker.disconnect()");
  for (const index of [0, 1]) {
    const closed = seqOf(run, 'server-close', { part: 'self', index });
    t.ok('worker.disconnect-02', closed !== undefined && channel !== undefined && closed < channel, `server ${index} of the worker emitted 'close' before the channel disconnected`, { closed, channel });
  }
  t.equal('worker.disconnect-05', exitOf(run, idOf(run, 'self'))?.exitedAfterDisconnect, true, "exitedAfterDisconnect in 'exit' of the worker that called cluster.worker.disconnect()");
});

check({ name: 'disconnect() in the primary makes the worker close its server, then its channel, without an application message', clauses: ['worker.disconnect-03', 'worker.disconnect-04', 'worker.disconnect-05'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  const closed = seqOf(run, 'server-close', { part: 'held' });
  const channel = seqOf(run, 'channel-disconnect', { part: 'held' });
  t.ok('worker.disconnect-03', closed !== undefined && channel !== undefined && closed < channel, "the worker's server emitted 'close', then its process emitted 'disconnect'", { closed, channel });
  t.deepEqual('worker.disconnect-04', run.all('received', { part: 'held' }).map((o) => o.message), [], "messages the worker's application listeners received (the primary sent it none)");
  t.equal('worker.disconnect-05', exitOf(run, idOf(run, 'held'))?.exitedAfterDisconnect, true, "exitedAfterDisconnect in 'exit' of the worker disconnected by the primary");
});

check({ name: 'a disconnecting worker keeps its open connections, takes no new ones, and disconnects once they ended', clauses: ['worker.disconnect-06', 'worker.disconnect-07', 'worker.disconnect-08'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  t.equal('worker.disconnect-06', run.first('value', { name: 'noHeldConnection' }), undefined, 'the primary got a connection served by the worker it then disconnected');
  const [asked, during] = run.all('while-closing');
  t.equal('worker.disconnect-06', asked?.answer, 'listening=false', "the disconnecting worker's answer, over the held connection, to whether its server still listens");
  t.deepEqual('worker.disconnect-06', during?.served, ['stays', 'stays', 'stays', 'stays'], 'workers serving new connections while the disconnecting worker still held one');
  t.deepEqual('worker.disconnect-06', run.first('after-disconnect')?.served, ['stays', 'stays'], 'workers serving new connections after the disconnected worker left');
  t.ok('worker.disconnect-07', typeof asked?.answer === 'string' && asked.answer.startsWith('listening='), 'the held connection still answered after disconnect() was called', asked?.answer);
  t.equal('worker.disconnect-07', during?.heldOpen, true, 'the held connection was still open after new connections went elsewhere');
  t.deepEqual('worker.disconnect-08', [asked?.isConnected, during?.isConnected], [true, true], 'isConnected() of the disconnecting worker while the held connection was open');
  const held = idOf(run, 'held');
  t.before('worker.disconnect-08', run, ['value', { name: 'endingHeldConnection' }], ['event', { emitter: 'cluster', name: 'disconnect', worker: held }], "the client ended the held connection before 'disconnect'");
});

check({ name: 'client connections are neither closed nor waited for; the worker then ends once nothing holds it', clauses: ['worker.disconnect-09', 'worker.process-04'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  const atDisconnect = run.first('at-disconnect');
  t.equal('worker.disconnect-09', atDisconnect?.outboundOpen, true, "the worker's outgoing connection was open when 'disconnect' was emitted");
  const channel = seqOf(run, 'channel-disconnect', { part: 'held' });
  const clientEnd = seqOf(run, 'client-end', { part: 'held' });
  t.ok('worker.disconnect-09', channel !== undefined && clientEnd !== undefined && channel < clientEnd, "the worker saw its outgoing connection end only after its channel disconnected", { channel, clientEnd });
  t.equal('worker.process-04', atDisconnect?.isDead, false, "isDead() of the worker at 'disconnect' while its outgoing connection was open");
  const workerExit = seqOf(run, 'worker-exit', { part: 'held' });
  t.ok('worker.process-04', clientEnd !== undefined && workerExit !== undefined && clientEnd < workerExit, 'the worker still ran when its outgoing connection ended, and exited after that', { clientEnd, workerExit });
  const held = idOf(run, 'held');
  t.before('worker.process-04', run, ['value', { name: 'endingOutbound' }], ['event', { emitter: 'cluster', name: 'exit', worker: held }], "the primary ended the worker's outgoing connection before the worker's 'exit'");
  const exit = exitOf(run, held);
  t.deepEqual('worker.process-04', [exit?.code, exit?.signal], [0, null], 'code and signal of the worker once nothing held it');
});

check({ name: 'process.disconnect is not cluster.worker.disconnect; a channel lost without disconnect() makes the worker exit with 0', clauses: ['worker.disconnect-10', 'worker.process-03'] }, async (t) => {
  const run = await t.fixture('disc-worker');
  const starts = run.all('worker-start');
  t.equal('worker.disconnect-10', starts.length, 5, 'workers that reported');
  for (const start of starts) t.equal('worker.disconnect-10', start.processDisconnectIsWorkerDisconnect, false, `process.disconnect === cluster.worker.disconnect in worker '${start.part}'`);
  for (const [part, how] of [['lost', 'worker.process.disconnect() in the primary'], ['process', 'process.disconnect() in the worker']]) {
    const exit = exitOf(run, idOf(run, part));
    t.deepEqual('worker.process-03', [exit?.code, exit?.signal, exit?.exitedAfterDisconnect], [0, null, false], `code, signal and exitedAfterDisconnect of a worker kept alive by a timer, after ${how}`);
  }
});

check({ name: 'cluster.disconnect() disconnects every worker, with or without a callback; the callback comes once all are disconnected', clauses: ['cluster.disconnect-01', 'cluster.disconnect-03', 'cluster.disconnect-04'] }, async (t) => {
  const run = await t.fixture('disc-cluster');
  const withoutCallback = (run.first('value', { name: 'disconnectWithoutCallback' })?.workers ?? []) as number[];
  const withCallback = (run.first('disconnect-callback')?.workers ?? run.first('value', { name: 'phase', phase: 3 })?.workers ?? []) as number[];
  t.equal('cluster.disconnect-04', withoutCallback.length, 3, 'workers present when cluster.disconnect() was called without a callback');
  t.equal('cluster.disconnect-04', run.first('value', { name: 'disconnectWithoutCallbackThrew' })?.value, undefined, 'error thrown by cluster.disconnect() without a callback');
  for (const worker of [...withoutCallback, ...withCallback]) {
    const pid = run.first('worker-start', { worker })?.pid;
    const closed = run.first('server-close', { pid })?.seq;
    const channel = run.first('channel-disconnect', { pid })?.seq;
    t.ok('cluster.disconnect-01', closed !== undefined && channel !== undefined && closed < channel, `worker ${worker} closed its server, then its channel`, { closed, channel });
    const exit = exitOf(run, worker);
    t.equal('cluster.disconnect-01', exit?.exitedAfterDisconnect, true, `exitedAfterDisconnect in 'exit' of worker ${worker}`);
    if (withoutCallback.includes(worker)) t.deepEqual('cluster.disconnect-04', [exit?.code, exit?.signal], [0, null], `code and signal of worker ${worker} after cluster.disconnect() without a callback`);
  }
  const callbacks = run.all('disconnect-callback');
  t.equal('cluster.disconnect-03', callbacks.length, 1, 'calls of the cluster.disconnect() callback');
  t.equal('cluster.disconnect-03', withCallback.length, 2, 'workers present when cluster.disconnect(callback) was called');
  // Node may call it just before emitting the last worker's 'disconnect' (its channel already closed), so states, not event order.
  t.deepEqual('cluster.disconnect-03', callbacks[0]?.connected, withCallback.map(() => false), 'isConnected() of each worker in the callback');
  t.deepEqual('cluster.disconnect-03', callbacks[0]?.remaining, [], 'cluster.workers keys in the callback');
  t.equal('cluster.disconnect-03', run.first('value', { name: 'portAfterCallback' })?.value, 'ECONNREFUSED', "a connection to the workers' port made from the callback");
});

check({ name: 'after cluster.disconnect() the primary ends by itself', clauses: ['cluster.disconnect-02'] }, async (t) => {
  const run = await t.fixture('disc-cluster');
  t.equal('cluster.disconnect-02', run.first('value', { name: 'guardFired' }), undefined, 'the guard that ends a primary still alive long after the callback did not fire');
  t.deepEqual('cluster.disconnect-02', run.all('primary-exit').map((o) => [o.code, o.guardFired]), [[0, false]], 'the primary exited with code 0 on its own');
});

check({ name: "fork() called from an 'exit' handler starts a replacement worker", clauses: ['cluster.event.exit-04'] }, async (t) => {
  const run = await t.fixture('disc-cluster');
  const replacement = run.first('value', { name: 'replacement' });
  t.ok('cluster.event.exit-04', typeof replacement?.forked === 'number' && replacement.forked !== replacement.exited, "fork() in the 'exit' handler returned a new Worker", replacement);
  t.ok('cluster.event.exit-04', run.first('worker-start', { worker: replacement?.forked }), 'the replacement worker ran', run.all('worker-start').map((o) => o.worker));
});
