// SCHED_NONE: a connection that a copy of the shared socket accepted in the primary (while on its way to a
// worker) is passed on unread. Bytes the primary read would not travel with the handle, and the worker would
// wait for a request already sent: rolling restarts under load stranded a connection that way.
import t from 'tap';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createSocket, type Socket as DatagramSocket } from 'node:dgram';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { SharedHandle, type Datagram } from './shared-handle.cjs';
import type { Member } from './primary-listen.cjs';
import type { Worker } from './worker.cjs';

const member = (server: number): Member => ({ worker: {} as Worker, server });

/** A client connects to the copy and sends a request; resolves with the client once the copy accepted it. */
async function strayThrough(copy: Server, port: number): Promise<Socket> {
  const accepted = once(copy, 'connection');
  const client = connect(port, '127.0.0.1');
  client.write('hello');
  await accepted;
  await sleep(20); // time for the request to arrive; an unpaused copy would read it now
  return client;
}

t.test("connections accepted by the primary's copies reach the worker unread", async (t) => {
  const passed: (Socket | Datagram)[] = [];
  // A borrowed copy arrives as a net.Server that child_process built with default options.
  const lent = createServer().listen(0, '127.0.0.1');
  await once(lent, 'listening');
  const handle = new SharedHandle({ kind: 'tcp', port: 0, host: '127.0.0.1', ipv6Only: false }, async () => lent, (_member, socket) => passed.push(socket));
  const clients: Socket[] = [];
  t.teardown(() => [...clients, ...(passed as Socket[])].forEach((socket) => socket.destroy()));

  const first = member(1);
  const opened = await handle.add(first);
  if (!('copy' in opened)) throw new Error('the primary could not listen');
  clients.push(await strayThrough(opened.copy as Server, opened.name.port as number));
  handle.holding(first);

  const second = member(2);
  const borrowed = await handle.add(second);
  t.equal('copy' in borrowed && borrowed.copy, lent, 'the second worker gets the borrowed copy');
  clients.push(await strayThrough(lent, (lent.address() as { port: number }).port));
  handle.holding(second);

  t.equal(passed.length, 2, 'each stray passed on to the worker that was getting the copy');
  for (const [index, stray] of (passed as Socket[]).entries()) {
    t.equal(stray.readableFlowing, false, `stray ${index + 1} is paused`);
    t.equal(stray.bytesRead, 0, `stray ${index + 1}: the primary read nothing`);
    stray.resume();
    const [data] = await once(stray, 'data');
    t.equal(String(data), 'hello', `stray ${index + 1}: the request is still there for the worker`);
  }
});

/** A client sends a datagram to the copy; resolves once the copy (in the primary) has read it. */
async function datagramThrough(copy: DatagramSocket, port: number, text: string): Promise<void> {
  const read = once(copy, 'message');
  const client = createSocket('udp4');
  client.send(text, port, '127.0.0.1', () => client.close());
  await read;
}

t.test("datagrams read by the primary's UDP copies reach the worker", async (t) => {
  const passed: Datagram[] = [];
  // A borrowed copy arrives as a bound dgram socket, which reads at once.
  const lent = createSocket('udp4').bind(0, '127.0.0.1');
  await once(lent, 'listening');
  const handle = new SharedHandle({ kind: 'udp', type: 'udp4', port: 0, address: '127.0.0.1' }, async () => lent, (_member, stray) => passed.push(stray as Datagram));

  const first = member(1);
  const opened = await handle.add(first);
  if (!('copy' in opened)) throw new Error('the primary could not bind');
  await datagramThrough(opened.copy as DatagramSocket, opened.name.port as number, 'one');
  handle.holding(first);

  const second = member(2);
  const borrowed = await handle.add(second);
  t.equal('copy' in borrowed && borrowed.copy, lent, 'the second worker gets the borrowed copy');
  await datagramThrough(lent, lent.address().port, 'two');
  handle.holding(second); // closes the primary's copies

  t.same(passed.map(({ message }) => String(message)), ['one', 'two'], 'each datagram the primary read passed on to the worker getting the copy');
  t.ok(passed.every(({ remote }) => remote.address === '127.0.0.1' && remote.port > 0), 'with the address it came from');
});
