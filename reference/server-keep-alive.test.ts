// keepAliveFor: a worker server's ref state reaches what keeps the worker alive for it.
import t from 'tap';
import { Server } from 'node:net';
import { installKeepAlive, keepAliveFor } from './server-keep-alive.cjs';

installKeepAlive();

function recording() {
  const calls: string[] = [];
  return { calls, holder: { ref: () => calls.push('ref'), unref: () => calls.push('unref') } };
}

t.test('unref() and ref() on the server reach its holder until stopped', async (t) => {
  const server = new Server();
  const { calls, holder } = recording();
  const stop = keepAliveFor(server, holder);
  server.unref();
  server.ref();
  stop();
  server.unref();
  t.same(calls, ['unref', 'ref'], 'nothing after stop()');
  stop();
});

t.test('an unref() made before listening applies to the holder at once', async (t) => {
  const server = new Server();
  server.unref();
  const { calls, holder } = recording();
  keepAliveFor(server, holder)();
  t.same(calls, ['unref']);
});

t.test('a later holder replaces an earlier one; stopping the earlier one leaves it', async (t) => {
  const server = new Server();
  const first = recording();
  const second = recording();
  const stopFirst = keepAliveFor(server, first.holder);
  const stopSecond = keepAliveFor(server, second.holder);
  stopFirst();
  server.unref();
  stopSecond();
  t.same([first.calls, second.calls], [[], ['unref']]);
});

t.test('without a holder a timer stands in, cleared by stop()', async (t) => {
  const server = new Server();
  server.unref();
  const stop = keepAliveFor(server);
  server.ref();
  stop();
  t.pass('the stand-in followed ref state and was cleared (the test process can end)');
});
