// Node versions, and what a worker's server does at maxConnections (pure, on unlistened servers).
import t from 'tap';
import { createServer } from 'node:net';
import { atLeast, SINCE_22_12 } from './runtime-features.cjs';
import { admission } from './connection-limit.cjs';

t.test('version comparison', async (t) => {
  t.equal(atLeast('22.12.0', 22, 12), true);
  t.equal(atLeast('22.11.9', 22, 12), false);
  t.equal(atLeast('23.0.0', 22, 12), true);
  t.equal(atLeast('20.20.2', 22, 12), false);
  t.equal(atLeast(undefined, 22, 12), true, 'unknown: taken as recent');
  t.equal(atLeast('x', 22, 12), true);
});

t.test('admission at maxConnections', async (t) => {
  const server = createServer();
  t.equal(admission(server, 5, false), 'take', 'no limit');
  server.maxConnections = 2;
  t.equal(admission(server, 1, false), 'take', 'below the limit');
  t.equal(admission(server, 2, false), 'full', 'at the limit, from the primary: full');
  t.equal(admission(server, 2, true), 'drop', 'at the limit, accepted itself: dropped');
  (server as typeof server & { dropMaxConnection: boolean }).dropMaxConnection = true;
  t.equal(admission(server, 2, false), SINCE_22_12 ? 'drop' : 'full', 'dropMaxConnection (Node >= 22.12 only)');
});
