// listenOnHandle: the runtime's listen() when it takes the handle; when it rejects a listening net.Server (as Bun's
// does), the server takes that one's connections, reports its address, and closes it on close().
import net from 'node:net';
import { once } from 'node:events';
import t from 'tap';
import { listenOnHandle } from './listen-on-server.cjs';
import { installClusterServers } from './worker-cluster-server.cjs';

installClusterServers();

const rejecting = (code: string) => function (this: net.Server): net.Server {
  throw Object.assign(new TypeError('rejected'), { code });
};

async function listeningServer(): Promise<net.Server> {
  const handle = net.createServer();
  handle.listen(0, '127.0.0.1');
  await once(handle, 'listening');
  return handle;
}

t.test("the runtime's listen() when it takes the arguments", async (t) => {
  const server = net.createServer();
  t.equal(listenOnHandle(server, [0, '127.0.0.1'], net.Server.prototype.listen as never), server);
  await once(server, 'listening');
  server.close();
});

t.test('a rejected listening net.Server: its connections reach the server, which closes it', async (t) => {
  const handle = await listeningServer();
  const server = net.createServer((socket) => socket.end('served'));
  let called = false;
  t.equal(listenOnHandle(server, [handle, () => (called = true)], rejecting('ERR_INVALID_ARG_VALUE')), server);
  await once(server, 'listening');
  t.ok(called, 'the callback heard listening');
  t.same(server.address(), handle.address());
  const client = net.connect((handle.address() as net.AddressInfo).port, '127.0.0.1');
  client.setEncoding('utf8');
  const [reply] = await once(client, 'data');
  t.equal(reply, 'served');
  client.destroy();
  const handleClosed = once(handle, 'close');
  server.close();
  await handleClosed;
  t.pass('closing the server closed the handle');
});

t.test('other rejections are thrown as they are', async (t) => {
  const handle = await listeningServer();
  t.throws(() => listenOnHandle(net.createServer(), [handle], rejecting('ERR_OTHER')), { code: 'ERR_OTHER' });
  t.throws(() => listenOnHandle(net.createServer(), [{ fd: 3 }], rejecting('ERR_INVALID_ARG_VALUE')), { code: 'ERR_INVALID_ARG_VALUE' });
  handle.close();
  t.throws(() => listenOnHandle(net.createServer(), [handle], rejecting('ERR_INVALID_ARG_VALUE')), { code: 'ERR_INVALID_ARG_VALUE' }, 'a server no longer listening');
});
