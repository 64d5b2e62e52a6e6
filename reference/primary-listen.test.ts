// The primary's own binds for workers: a failure becomes the outcome the worker is told, never a throw.
import t from 'tap';
import { openSync, closeSync } from 'node:fs';
import { bindUdp } from './primary-listen.cjs';

t.test('a descriptor that is no UDP socket is an error outcome', async (t) => {
  const fd = openSync(new URL(import.meta.url), 'r');
  const { outcome } = bindUdp({ kind: 'udp', type: 'udp4', port: 0, address: null, fd });
  const result = await outcome;
  t.ok('error' in result, 'an error, not a throw');
  t.equal('error' in result ? result.error.code : undefined, 'ERR_INVALID_FD_TYPE');
  closeSync(fd);
});

t.test('reuseAddr and ipv6Only reach the bind', async (t) => {
  const first = bindUdp({ kind: 'udp', type: 'udp4', port: 0, address: '127.0.0.1', flags: { reuseAddr: true, ipv6Only: false } });
  const bound = await first.outcome;
  const port = 'name' in bound ? bound.name.port ?? 0 : 0;
  const second = bindUdp({ kind: 'udp', type: 'udp4', port, address: '127.0.0.1', flags: { reuseAddr: true, ipv6Only: false } });
  t.same(await second.outcome, { name: { address: '127.0.0.1', family: 'IPv4', port } }, 'the same port twice, both with reuseAddr');
  const mapped = bindUdp({ kind: 'udp', type: 'udp6', port: 0, address: '::ffff:127.0.0.1', flags: { reuseAddr: false, ipv6Only: true } });
  const refused = await mapped.outcome;
  t.equal('error' in refused ? refused.error.code : undefined, 'EINVAL', 'ipv6Only: no IPv4-mapped address');
  for (const { handle } of [first, second, mapped]) handle.close();
});
