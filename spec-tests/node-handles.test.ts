// Node tier: handles sent between the primary and a worker (node.handles):
// what the sender's copy does afterwards, sending one handle twice, servers
// and UDP sockets both ways. Fixtures handle-sockets, handle-tracked,
// handle-servers.
import { check } from '../runner/check.js';

check({ name: "a socket sent without keepOpen fails the sender's next write with ERR_SOCKET_CLOSED, then closes there", clauses: ['node.handles-01'] }, async (t) => {
  const run = await t.fixture('handle-sockets');
  for (const [direction, how] of [['primary', 'worker.send() in the primary'], ['worker', 'process.send() in the worker']]) {
    const sent = run.first('sent-socket', { direction });
    t.deepEqual('node.handles-01', [sent?.write, sent?.closed, sent?.destroyed], ['ERR_SOCKET_CLOSED', true, true], `after ${how}: [error of a write on the sender's socket, 'close' emitted, destroyed]`);
  }
});

check({ name: 'a socket a worker sends with keepOpen stays usable in the worker', clauses: ['node.handles-02'] }, async (t) => {
  const run = await t.fixture('handle-sockets');
  const kept = run.first('worker-kept');
  t.equal('node.handles-02', kept?.handle, 'Socket', "handle of the primary's 'message' for the socket the worker sent with keepOpen");
  t.equal('node.handles-02', kept?.workerWrite, null, "error of the worker's write after the send, once the primary destroyed its copy");
  t.equal('node.handles-02', kept?.read, 'primary;worker;', 'what the peer read: the primary wrote on its copy, then the worker on its own');
});

check({ name: "a socket sent to a worker still counts as the sender's server connection until the worker destroys it", clauses: ['node.handles-03'] }, async (t) => {
  const run = await t.fixture('handle-tracked');
  const tracked = run.first('tracked');
  t.equal('node.handles-03', tracked?.before, 1, "getConnections() of the primary's server before sending its connection");
  t.equal('node.handles-03', tracked?.whileHeld, 1, "getConnections() of the primary's server while the worker holds the connection it was sent");
  t.equal('node.handles-03', tracked?.closedWhileHeld, false, "whether the server's close() had called back when the worker answered a message sent after close()");
  t.equal('node.handles-03', tracked?.closedAfterDrop, true, "whether the server's close() called back after the worker destroyed the socket");
  t.before('node.handles-03', run, ['event', { name: 'drop-asked' }], ['event', { name: 'server-closed' }], "close() calls back after the primary asked the worker to destroy the socket");
});

check({ name: 'a socket sent again arrives without a handle after a plain send, and with one after a keepOpen send', clauses: ['node.handles-04'] }, async (t) => {
  const run = await t.fixture('handle-sockets');
  const twice = run.first('twice');
  t.deepEqual('node.handles-04', twice?.returned, [true, true], 'values send() returned for one socket sent twice in one tick');
  t.deepEqual('node.handles-04', twice?.callbacks, [null, null], 'errors given to the callbacks of those two sends');
  t.deepEqual('node.handles-04', twice?.errors, [], "'error' events of the Worker after those sends");
  t.deepEqual('node.handles-04', twice?.handles, ['Socket', 'none'], "handle arguments of the worker's two 'message' events");
  const kept = run.first('kept-twice');
  t.deepEqual('node.handles-04', kept?.handles, ['Socket', 'Socket'], "handle arguments of the worker's 'message' events for one socket sent twice with keepOpen");
  t.equal('node.handles-04', kept?.read, 'kept-1;kept-2;primary;', "what the peer read: each of the worker's two copies wrote once, then the primary");
});

check({ name: 'a sent net.Server keeps listening and serving in the sender', clauses: ['node.handles-05'] }, async (t) => {
  const run = await t.fixture('handle-servers');
  const sender = run.first('server-sender');
  t.deepEqual('node.handles-05', [sender?.listening, sender?.portAfter], [true, sender?.port], "the primary's server after it was sent twice: [listening, port]");
  t.equal('node.handles-05', run.first('value', { name: 'senderAnswer' })?.value, 'primary', "answer on the port once the worker's and the returned copies are closed");
});

check({ name: 'a received net.Server is listening on the sender port and can be sent back', clauses: ['node.handles-06'] }, async (t) => {
  const run = await t.fixture('handle-servers');
  const received = run.first('servers-received');
  const first = (received?.replies as Record<string, unknown>[] | undefined)?.[0];
  t.deepEqual('node.handles-06', [first?.handle, first?.listening, first?.port], ['net.Server', true, received?.port], "the worker's first received server: [kind, listening, port]");
  const returned = run.first('server-returned');
  t.deepEqual('node.handles-06', [returned?.handle, returned?.listening, returned?.port, returned?.sameObject], ['net.Server', true, returned?.senderPort, false], 'the server the worker sent back, in the primary: [kind, listening, port, the very object sent]');
});

check({ name: 'one net.Server sent twice arrives twice, listening', clauses: ['node.handles-07'] }, async (t) => {
  const run = await t.fixture('handle-servers');
  const received = run.first('servers-received');
  const replies = (received?.replies as Record<string, unknown>[] | undefined) ?? [];
  t.deepEqual('node.handles-07', replies.map((reply) => [reply.got, reply.handle, reply.listening, reply.port]), [1, 2].map((n) => [`server-${n}`, 'net.Server', true, received?.port]), "the worker's 'message' events for one server sent twice in one tick: [message, handle kind, listening, port]");
  t.deepEqual('node.handles-07', run.first('server-sender')?.callbacks, [null, null], 'errors given to the callbacks of the two sends');
});

check({ name: 'a bound dgram socket travels both ways and receives once the sender closed its copy', clauses: ['node.handles-08'] }, async (t) => {
  const run = await t.fixture('handle-servers');
  const udp = run.first('dgram');
  const toWorker = udp?.sentToWorker as Record<string, unknown> | undefined;
  t.deepEqual('node.handles-08', [toWorker?.handle, toWorker?.port], ['dgram.Socket', udp?.port], 'the UDP socket the worker received: [kind, port]');
  t.equal('node.handles-08', udp?.senderPortAfter, udp?.port, "port of the primary's UDP socket after sending it");
  t.deepEqual('node.handles-08', udp?.workerHeard, { heard: 'dgram', data: 'ping' }, "what the worker's socket received once the primary closed its own");
  const returned = udp?.returned as Record<string, unknown> | undefined;
  t.deepEqual('node.handles-08', [returned?.handle, returned?.port], ['dgram.Socket', udp?.port], 'the UDP socket the worker sent back, in the primary: [kind, port]');
  t.equal('node.handles-08', udp?.primaryHeard, 'ping', "what the primary's received socket got once the worker closed its own");
});

check({ name: 'a net.Server that is not listening is sent as a message without handle, without error', clauses: ['node.handles-09'] }, async (t) => {
  const run = await t.fixture('handle-servers');
  const unbound = run.first('unbound');
  t.deepEqual('node.handles-09', [unbound?.returned, unbound?.callback], [true, null], 'value send() returned and error its callback got for a server that is not listening');
  const reply = unbound?.reply as Record<string, unknown> | undefined;
  t.deepEqual('node.handles-09', [reply?.got, reply?.handle], ['unbound', undefined], "the worker's 'message' event: [message, handle kind]");
});
