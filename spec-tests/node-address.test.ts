// Node tier, node.address: the object 'listening' carries, kind by kind, as Node
// builds it (SPEC F-12: more than the page's address, port and addressType).
// Fixture node-address for TCP, Unix and UDP; share-listen-fd for listen({ fd }).
import { check, type FixtureRun } from '../runner/check.js';

const KEYS = ['addressType', 'address', 'port', 'fd'];
const KINDS = ['tcp4', 'tcp6', 'tcp-no-host', 'unix', 'udp4', 'udp6'];

interface Heard {
  emitter: string;
  keys: unknown;
  value?: Record<string, unknown>;
}

function reported(run: FixtureRun, socket: string) {
  const found = run.first('address', { socket });
  const heard = (found?.heard as Heard[] | undefined) ?? [];
  const reply = found?.reply as Record<string, unknown> | undefined;
  return { found, heard, reply, cluster: heard.find((h) => h.emitter === 'cluster')?.value };
}

check({ name: "the 'listening' address object has exactly addressType, address, port and fd, for every kind of socket", clauses: ['node.address-01'] }, async (t) => {
  const run = await t.fixture('node-address');
  for (const socket of KINDS) {
    const { found, heard } = reported(run, socket);
    t.ok('node.address-01', found && found.error === undefined, `the worker opened its ${socket} socket`, found?.error);
    t.deepEqual('node.address-01', heard.map((h) => [h.emitter, h.keys]), [['worker', KEYS], ['cluster', KEYS]], `own keys of the Worker's and cluster's 'listening' address for ${socket}`);
  }
});

check({ name: "TCP on an IP host: 'listening' names that address and the server's port, fd undefined", clauses: ['node.address-02'] }, async (t) => {
  const run = await t.fixture('node-address');
  for (const [socket, host, type] of [['tcp4', '127.0.0.1', 4], ['tcp6', '::1', 6]] as const) {
    const { cluster, reply } = reported(run, socket);
    t.ok('node.address-02', typeof reply?.port === 'number', `the worker's ${socket} server reports a port`, reply);
    t.deepEqual('node.address-02', cluster, { addressType: type, address: host, port: reply?.port }, `cluster 'listening' address for listen(0, '${host}') (fd undefined)`);
  }
});

check({ name: "TCP with no host: 'listening' says addressType 4 and address null", clauses: ['node.address-03'] }, async (t) => {
  const { cluster, reply } = reported(await t.fixture('node-address'), 'tcp-no-host');
  t.ok('node.address-03', typeof reply?.port === 'number', "the worker's server listening with no host reports a port", reply);
  t.deepEqual('node.address-03', cluster, { addressType: 4, address: null, port: reply?.port }, "cluster 'listening' address for listen({ port: 0 })");
});

check({ name: "a Unix socket: 'listening' carries addressType -1, the path and port -1", clauses: ['node.address-04'] }, async (t) => {
  const { cluster, found } = reported(await t.fixture('node-address'), 'unix');
  t.ok('node.address-04', typeof found?.path === 'string', 'the socket path the worker listened on', found?.path);
  t.deepEqual('node.address-04', cluster, { addressType: -1, address: found?.path, port: -1 }, "cluster 'listening' address for the Unix socket (fd undefined)");
});

check({ name: "UDP: 'listening' carries the bound address and port, and fd -1", clauses: ['node.address-05'] }, async (t) => {
  const run = await t.fixture('node-address');
  for (const [socket, host] of [['udp4', '127.0.0.1'], ['udp6', '::1']] as const) {
    const { cluster, reply } = reported(run, socket);
    t.ok('node.address-05', typeof reply?.port === 'number', `the worker's ${socket} socket reports a port`, reply);
    t.deepEqual('node.address-05', cluster, { addressType: socket, address: host, port: reply?.port, fd: -1 }, `cluster 'listening' address for bind(0, '${host}')`);
  }
});

check({ name: "listen with an fd option in a worker: 'listening' carries addressType and address null, the socket's port and the fd", clauses: ['node.address-06'] }, async (t) => {
  const run = await t.fixture('share-listen-fd');
  const result = run.first('listenFd');
  const events = run.all('event', { emitter: 'cluster', name: 'listening' });
  t.ok('node.address-06', typeof result?.port === 'number' && result?.workerPort === result?.port, "the worker's server listens on the primary's descriptor", result);
  t.deepEqual('node.address-06', events.map((event) => event.address), [{ addressType: null, address: null, port: result?.port, fd: result?.fd }], "cluster 'listening' addresses for listen({ fd: 3 })");
});

check({ name: "the Worker's and cluster's 'listening' get one and the same object, the Worker's first", clauses: ['node.address-07'] }, async (t) => {
  const run = await t.fixture('node-address');
  for (const socket of KINDS) {
    const { heard, found } = reported(run, socket);
    t.deepEqual('node.address-07', heard.map((h) => h.emitter), ['worker', 'cluster'], `'listening' events for ${socket}, in order`);
    t.equal('node.address-07', found?.oneObject, true, `the two events for ${socket} carry one object`);
  }
});
