// worker.send() in both directions, the 'message' events it causes (Worker,
// cluster, cluster.worker, process), handles with keepOpen, callbacks, and the
// 'error' a send on a closed channel produces. Read from the msg-exchange
// fixture, and msg-server for a sent net.Server.
import { check, type FixtureRun } from '../runner/check.js';

const MESSAGE = { text: 'hello ü', list: [1, 2.5, -3, 'four', null], nested: { flag: true, empty: {} } };
const isMessage = (message: unknown) => JSON.stringify(message) === JSON.stringify(MESSAGE);

/** Messages a worker process received through `via`. */
function received(run: FixtureRun, worker: number, via: string): unknown[] {
  return run.all('received', { worker, via }).map((o) => o.message);
}

/** [message, handle] of the primary's 'message' events from `emitter` for `worker`, after the 'ready' handshake. */
function primaryMessages(run: FixtureRun, emitter: string, worker: number): unknown[][] {
  return run.all('event', { emitter, name: 'message', worker }).filter((e) => e.message !== 'ready').map((e) => [e.message, e.handle]);
}

check({ name: 'send() in the primary reaches only that worker, where cluster.worker and process emit it', clauses: ['worker.send-01', 'worker.send-03', 'worker.event.message-03', 'worker.event.message-04'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  t.equal('worker.send-01', received(run, 1, 'process').filter(isMessage).length, 1, "times worker 1's process received the message sent with worker1.send()");
  t.deepEqual('worker.send-01', received(run, 2, 'process').filter(isMessage), [], 'the message sent to worker 1, as received by worker 2');
  t.equal('worker.send-03', run.first('value', { name: 'sendReturned' })?.value, 'boolean', 'type of the value send() returned in the primary');
  for (const worker of [1, 2]) {
    const viaProcess = received(run, worker, 'process');
    t.ok('worker.event.message-04', viaProcess.length > 0, `process.on('message') in worker ${worker} received the primary's messages`);
    t.deepEqual('worker.event.message-03', received(run, worker, 'cluster.worker'), viaProcess, `messages cluster.worker emitted in worker ${worker}, next to those process emitted`);
  }
});

check({ name: "send() in a worker reaches the primary: the Worker and cluster emit 'message' with the message and no handle", clauses: ['worker.send-02', 'worker.send-03', 'worker.send-09', 'worker.event.message-01', 'worker.event.message-02', 'cluster.event.message-01', 'cluster.event.message-02'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  const echo = (emitter: string) => run.all('event', { emitter, name: 'message', worker: 1 }).find((e) => isMessage(e.message));
  t.ok('worker.send-02', echo('worker') && echo('cluster'), "the Worker and cluster both emitted 'message' for the echo worker 1 sent with cluster.worker.send()", primaryMessages(run, 'cluster', 1));
  t.equal('worker.send-03', run.first('value', { name: 'echoReturned', role: 'worker' })?.value, 'boolean', 'type of the value cluster.worker.send() returned in the worker');
  t.ok('worker.send-09', echo('cluster'), 'the echoed message arrived equal to the one the primary sent', primaryMessages(run, 'cluster', 1).map(([message]) => message));
  t.deepEqual('worker.event.message-01', primaryMessages(run, 'worker', 1).map(([message]) => message), [MESSAGE, { kind: 'worker-socket' }], "messages Worker 1 emitted in the primary (after 'ready')");
  t.deepEqual('worker.event.message-01', primaryMessages(run, 'worker', 2).filter(([message]) => isMessage(message)), [], "worker 1's echo as emitted by Worker 2");
  t.equal('worker.event.message-02', echo('worker')?.handle, undefined, "second argument of the Worker's 'message' for a message sent without handle");
  t.deepEqual('cluster.event.message-01', primaryMessages(run, 'cluster', 1), primaryMessages(run, 'worker', 1), "cluster's 'message' events with worker 1 as first argument, next to Worker 1's own");
  t.deepEqual('cluster.event.message-01', primaryMessages(run, 'cluster', 2), primaryMessages(run, 'worker', 2), "cluster's 'message' events with worker 2 as first argument, next to Worker 2's own");
  t.equal('cluster.event.message-02', echo('cluster')?.handle, undefined, "handle in cluster's 'message' for a message sent without handle");
});

check({ name: 'a sent net.Socket arrives as the handle argument; keepOpen keeps it open in the sender', clauses: ['worker.send-04', 'worker.send-05', 'worker.event.message-02', 'cluster.event.message-02'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  const handleOf = (kind: string) => run.first('received', { worker: 2, via: 'process', message: { kind } })?.handle;
  t.deepEqual('worker.send-04', ['socket', 'socket-kept'].map(handleOf), ['Socket', 'Socket'], "handle argument of worker 2's 'message' for the two sockets the primary sent");
  const sockets = run.first('sent-sockets');
  t.equal('worker.send-04', sockets?.plainRead, 'written by worker 2', 'what the client read from the connection whose socket the primary sent to worker 2');
  t.equal('worker.send-04', run.first('value', { name: 'sinkReadFromWorkerSocket' })?.value, 'written by the primary on the socket worker 1 sent', 'what the primary wrote on the socket it received from worker 1');
  t.ok('worker.send-05', sockets?.plainWrite !== null && sockets?.plainWrite !== undefined, 'a write by the primary on a socket it sent with default options fails', sockets?.plainWrite);
  t.ok('worker.send-05', !String(sockets?.plainRead).includes('primary'), 'nothing the primary wrote after sending reached the client', sockets?.plainRead);
  const workerWrite = run.first('value', { name: 'workerSocketWriteAfterSend' })?.value;
  t.ok('worker.send-05', workerWrite !== null && workerWrite !== undefined, 'a write by worker 1 on the socket it sent with default options fails', workerWrite);
  t.equal('worker.send-05', sockets?.keptWrite, null, 'error of a write by the primary on a socket it sent with keepOpen: true');
  t.equal('worker.send-05', sockets?.keptRead, 'written by the primary after sending', 'what the client read from the socket sent with keepOpen: true');
  const workerSocket = (emitter: string) => run.first('event', { emitter, name: 'message', worker: 1, message: { kind: 'worker-socket' } })?.handle;
  t.equal('worker.event.message-02', workerSocket('worker'), 'Socket', "second argument of Worker 1's 'message' for the socket it sent");
  t.equal('cluster.event.message-02', workerSocket('cluster'), 'Socket', "handle in cluster's 'message' for the socket worker 1 sent");
});

check({ name: 'a sent net.Server arrives as the handle argument and serves in the receiver', clauses: ['worker.send-04'] }, async (t) => {
  const run = await t.fixture('msg-server');
  t.deepEqual('worker.send-04', run.all('received').map((o) => [o.message, o.handle]), [['take this server', 'Server']], "the worker's 'message' events (message, handle)");
  t.equal('worker.send-04', run.first('value', { name: 'lentServerAnswer' })?.value, 'served by the worker', 'answer on the port of the server the primary sent, once the primary closed its own copy');
});

check({ name: 'the send() callback is called once when sent, and with an error on a closed channel', clauses: ['worker.send-06'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  for (const role of ['primary', 'worker']) {
    const callbacks = run.all('send-callback', { role, worker: 1 });
    t.deepEqual('worker.send-06', callbacks.map((c) => [c.calls, c.error]), [[1, null]], `send() callback calls in the ${role} (call number, error)`);
  }
  const late = run.all('late-callback', { sender: 'Worker' });
  t.equal('worker.send-06', late.length, 1, "calls of the callback of a send() on worker 1's closed channel");
  t.ok('worker.send-06', typeof late[0]?.code === 'string', 'that callback received an error', late[0]);
});

check({ name: 'send() behaves like ChildProcess.send() in the primary and like process.send() in a worker', clauses: ['worker.send-07', 'worker.send-08'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  const errors = (pattern: Record<string, unknown>) => run.first('send-errors', pattern)?.errors;
  t.deepEqual('worker.send-07', errors({ sender: 'Worker' }), errors({ sender: 'ChildProcess' }), "errors thrown by bad calls of worker.send(), next to worker.process.send()'s");
  const lateSend = (sender: string) => [run.first('late-send', { sender })?.returned, run.first('late-callback', { sender })?.code];
  t.deepEqual('worker.send-07', lateSend('Worker'), lateSend('ChildProcess'), "return value and callback error of a send() on a closed channel, Worker next to ChildProcess");
  for (const worker of [1, 2]) {
    t.deepEqual('worker.send-08', errors({ sender: 'cluster.worker', worker }), errors({ sender: 'process', worker }), `errors thrown by bad calls of cluster.worker.send() in worker ${worker}, next to process.send()'s`);
  }
  t.ok('worker.send-08', run.first('send-callback', { role: 'worker', worker: 1 }), "cluster.worker.send() in worker 1 called its callback, as process.send() does");
});

check({ name: "a Worker emits 'error' as its ChildProcess does when a message cannot be sent on a closed channel", clauses: ['worker.event.error-01'] }, async (t) => {
  const run = await t.fixture('msg-exchange');
  const codes = (emitter: string, worker: number) => run.all('event', { emitter, name: 'error', worker }).map((e) => e.code);
  const childProcessCodes = codes('process', 2);
  t.equal('worker.event.error-01', childProcessCodes.length, 1, "'error' events of a ChildProcess after one send() without callback on its closed channel");
  t.deepEqual('worker.event.error-01', codes('worker', 1), childProcessCodes, "'error' events of Worker 1 after one worker.send() without callback on its closed channel, next to the ChildProcess's");
  t.deepEqual('worker.event.error-01', codes('worker', 2), childProcessCodes, "'error' events of Worker 2 when its ChildProcess emitted 'error'");
});
