// What a worker's listen()/bind() arguments become when sent to the primary (pure: no sockets opened).
import t from 'tap';
import { eventAddress, keyOf, listeningAddress, listensWithReusePort, parseBind, parseListen } from './listen-request.cjs';

const callback = () => {};

t.test('TCP forms of listen() become tcp requests', async (t) => {
  t.same(parseListen([])?.request, { kind: 'tcp', port: 0, host: null, ipv6Only: false }, 'listen() is port 0');
  t.same(parseListen([callback]), { request: { kind: 'tcp', port: 0, host: null, ipv6Only: false }, callback }, 'listen(cb)');
  t.same(parseListen([8000, '::1', 12, callback])?.request, { kind: 'tcp', port: 8000, host: '::1', ipv6Only: false, backlog: 12 });
  t.same(parseListen(['8000', 5])?.request, { kind: 'tcp', port: 8000, host: null, ipv6Only: false, backlog: 5 }, 'numeric string port, backlog');
  t.same(parseListen([{ port: 0, host: '::1', ipv6Only: true, backlog: 3 }])?.request, { kind: 'tcp', port: 0, host: '::1', ipv6Only: true, backlog: 3 });
});

t.test('Unix socket and fd forms', async (t) => {
  t.same(parseListen(['/tmp/x.sock', callback])?.request, { kind: 'pipe', path: '/tmp/x.sock', readableAll: false, writableAll: false });
  t.same(parseListen([{ path: '/tmp/y.sock', readableAll: true, writableAll: true }])?.request, { kind: 'pipe', path: '/tmp/y.sock', readableAll: true, writableAll: true });
  t.same(parseListen([{ fd: 7 }])?.request, { kind: 'fd', fd: 7 });
});

t.test('handles, exclusive and invalid input are not routed (Node handles them)', async (t) => {
  t.equal(parseListen([{ _handle: {} }]), undefined, 'a server or socket');
  t.equal(parseListen([Object.create({ listen() {} })]), undefined, 'a raw handle (not a plain object)');
  t.equal(parseListen([{ port: 0, exclusive: true }]), undefined, 'exclusive');
  t.equal(parseListen([{ host: 'localhost' }]), undefined, 'neither port nor path');
  t.equal(parseListen([70000]), undefined, 'port out of range');
  t.equal(parseListen([1.5]), undefined, 'non-integer port');
});

t.test('bind() forms become udp requests of the socket type', async (t) => {
  t.same(parseBind('udp4', [])?.request, { kind: 'udp', type: 'udp4', port: 0, address: null });
  t.same(parseBind('udp6', [callback])?.callback, callback);
  t.same(parseBind('udp4', [41234, '127.0.0.1'])?.request, { kind: 'udp', type: 'udp4', port: 41234, address: '127.0.0.1' });
  t.same(parseBind('udp6', [{ port: 5, address: '::1' }])?.request, { kind: 'udp', type: 'udp6', port: 5, address: '::1' });
  t.same(parseBind('udp4', [{}])?.request, { kind: 'udp', type: 'udp4', port: 0, address: null }, 'options without a port');
  t.equal(parseBind('udp4', [{ port: 0, exclusive: true }]), undefined, 'exclusive');
  t.same(parseBind('udp4', [{ fd: 3 }])?.request, { kind: 'udp', type: 'udp4', port: 0, address: null, fd: 3 }, 'fd: the primary binds its descriptor');
  t.equal(parseBind('udp4', [{ fd: 3, exclusive: true }]), undefined, 'fd, exclusive: the worker opens its own');
  t.equal(parseBind('udp4', [{ fd: -1 }]), undefined, 'bad fd');
  const both = { reuseAddr: true, ipv6Only: true };
  const withReusePort = { ...both, reusePort: true };
  t.same(parseBind('udp6', [0], withReusePort)?.request, { kind: 'udp', type: 'udp6', port: 0, address: null, flags: both }, 'reuseAddr and ipv6Only go with the request, nothing else');
  t.same(parseBind('udp4', [0], { reuseAddr: false, ipv6Only: false })?.request, { kind: 'udp', type: 'udp4', port: 0, address: null }, 'no flags, none carried');
  t.equal(parseBind('udp4', [{ port: -1 }]), undefined, 'bad port in options');
  t.equal(parseBind('udp4', ['x']), undefined, 'bad port');
});

t.test('keys ignore the backlog and tell different addresses apart', async (t) => {
  const plain = keyOf({ kind: 'tcp', port: 0, host: null, ipv6Only: false });
  t.equal(keyOf({ kind: 'tcp', port: 0, host: null, ipv6Only: false, backlog: 9 }), plain);
  t.not(keyOf({ kind: 'tcp', port: 0, host: '::1', ipv6Only: false }), plain);
  t.not(keyOf({ kind: 'udp', type: 'udp4', port: 0, address: null }), plain);
  const udp = { kind: 'udp', type: 'udp4', port: 0, address: null } as const;
  t.equal(keyOf({ ...udp, flags: { reuseAddr: true, ipv6Only: false } }), keyOf(udp), 'socket flags: the first request sets them');
  t.not(keyOf({ ...udp, fd: 3 }), keyOf(udp), 'an fd is another socket');
});

t.test('reusePort in listen() options', async (t) => {
  t.equal(listensWithReusePort([{ port: 0, reusePort: true }]), true);
  t.equal(listensWithReusePort([{ port: 0 }]), false);
  t.equal(listensWithReusePort([0, { reusePort: true }]), false, 'only the options form has it');
});

t.test("the address reported in 'listening' events", async (t) => {
  const tcp = { kind: 'tcp', port: 0, host: null, ipv6Only: false } as const;
  t.same(listeningAddress(tcp, { address: '::', family: 'IPv6', port: 80 }), { addressType: 4, address: null, port: 80, fd: undefined }, 'no host: 4 and null');
  t.same(listeningAddress({ ...tcp, host: '::1' }, { address: '::1', family: 'IPv6', port: 81 }), { addressType: 6, address: '::1', port: 81, fd: undefined });
  t.same(listeningAddress({ ...tcp, host: '127.0.0.1' }, {}), { addressType: 4, address: '127.0.0.1', port: 0, fd: undefined }, 'no name known');
  t.same(listeningAddress({ kind: 'pipe', path: '/p', readableAll: false, writableAll: false }, {}), { addressType: -1, address: '/p', port: -1, fd: undefined });
  t.same(listeningAddress({ kind: 'fd', fd: 7 }, { address: '::', family: 'IPv6', port: 82 }), { addressType: null, address: null, port: 82, fd: 7 });
  t.same(listeningAddress({ kind: 'fd', fd: 7 }, {}), { addressType: null, address: null, port: -1, fd: 7 });
  t.same(listeningAddress({ kind: 'udp', type: 'udp6', port: 0, address: null }, { address: '::', port: 83 }), { addressType: 'udp6', address: '::', port: 83, fd: -1 });
  t.same(listeningAddress({ kind: 'udp', type: 'udp4', port: 5, address: '127.0.0.1' }, {}), { addressType: 'udp4', address: '127.0.0.1', port: 0, fd: -1 });
  t.same(listeningAddress({ kind: 'udp', type: 'udp4', port: 0, address: null, fd: 3 }, { address: '127.0.0.1', port: 84 }), { addressType: 'udp4', address: null, port: 84, fd: 3 }, 'a descriptor: no address, its fd');
  t.same(listeningAddress({ kind: 'udp', type: 'udp4', port: 0, address: null, fd: 3 }, {}), { addressType: 'udp4', address: null, port: 0, fd: 3 });
});

t.test('the address emitted in the primary has the four keys in order, fd restored', async (t) => {
  t.same(Object.keys(eventAddress({ port: 1, address: 'a', addressType: 4 })), ['addressType', 'address', 'port', 'fd']);
  t.same(eventAddress({ addressType: 'udp4', address: 'a', port: 2, fd: -1 }), { addressType: 'udp4', address: 'a', port: 2, fd: -1 });
  t.same(Object.keys(eventAddress(undefined)), ['addressType', 'address', 'port', 'fd'], 'a message without an address');
});
