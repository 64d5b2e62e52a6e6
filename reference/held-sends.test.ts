// Sends held while a worker's bind is under way, and the createSocket() options noted for it.
import t from 'tap';
import dgram from 'node:dgram';
import { once } from 'node:events';
import { holdSends } from './held-sends.cjs';
import { flagsOf, installSocketOptions } from './socket-options.cjs';

t.test('held sends go out at listening, in order; cancel drops them', async (t) => {
  const receiver = dgram.createSocket('udp4');
  receiver.bind(0, '127.0.0.1');
  await once(receiver, 'listening');
  const { port } = receiver.address();
  const socket = dgram.createSocket('udp4');
  holdSends(socket);
  socket.send('one', port, '127.0.0.1');
  socket.send('two', port, '127.0.0.1');
  const got: string[] = [];
  const both = new Promise<void>((resolve) => receiver.on('message', (message) => got.push(String(message)) === 2 && resolve()));
  socket.bind(0, '127.0.0.1');
  await both;
  t.same(got, ['one', 'two']);

  const failed = dgram.createSocket('udp4');
  const held = holdSends(failed);
  failed.send('never', port, '127.0.0.1');
  held.cancel();
  t.equal(failed.send, dgram.Socket.prototype.send, "send() is the prototype's again");
  t.equal(failed.listenerCount('listening'), 0);
  for (const s of [receiver, socket, failed]) s.close();
});

t.test('createSocket options are noted once installed', async (t) => {
  const before = dgram.createSocket('udp4');
  t.same(flagsOf(before), { reuseAddr: false, ipv6Only: false, reusePort: false }, 'a socket made before: none');
  installSocketOptions();
  const socket = dgram.createSocket({ type: 'udp6', reuseAddr: true, ipv6Only: true });
  t.same(flagsOf(socket), { reuseAddr: true, ipv6Only: true, reusePort: false });
  const plain = dgram.createSocket('udp4');
  t.same(flagsOf(plain), { reuseAddr: false, ipv6Only: false, reusePort: false }, 'a type string: no options');
  for (const s of [before, socket, plain]) s.close();
});
