import t from 'tap';
import { ListenSlots, shareKey } from './listen-slots.cjs';
import { keyOf } from './listen-request.cjs';

t.test('servers open at once on one address get 0, 1, 2 …; each address counts on its own', async (t) => {
  const slots = new ListenSlots();
  t.same([slots.take('a'), slots.take('a'), slots.take('b'), slots.take('a')], [0, 1, 0, 2]);
});

t.test('a closed number stays taken while another server is open there; none open starts again at 0', async (t) => {
  const slots = new ListenSlots();
  slots.take('a');
  slots.take('a');
  slots.release('a', 0);
  t.equal(slots.take('a'), 2, 'after closing the first while the second is open');
  slots.release('a', 1);
  slots.release('a', 2);
  t.equal(slots.take('a'), 0, 'after closing all of them');
  slots.release('a', 0);
  slots.release('a', 0);
  slots.release('nowhere', 3);
  t.equal(slots.take('a'), 0, 'releasing twice or an unknown address changes nothing');
});

t.test('the handle key: the number counts in the Node mode, and in both for explicit ports and paths', async (t) => {
  const any = { kind: 'tcp', port: 0, host: '127.0.0.1', ipv6Only: false } as const;
  const fixed = { ...any, port: 8080 };
  const udp = { kind: 'udp', type: 'udp4', port: 0, address: null } as const;
  const pipe = { kind: 'pipe', path: '/s', readableAll: false, writableAll: false } as const;
  t.not(shareKey(any, 0, true), shareKey(any, 1, true), 'Node mode: listen(0) by number');
  t.equal(shareKey(any, 0, false), shareKey(any, 1, false), 'doc mode: listen(0) shares one handle');
  t.equal(shareKey(udp, 0, false), shareKey(udp, 3, false), 'doc mode: bind(0) too');
  t.not(shareKey(fixed, 0, false), shareKey(fixed, 1, false), 'an explicit port by number in both modes');
  t.not(shareKey(pipe, 0, false), shareKey(pipe, 1, false), 'a path by number in both modes');
  t.equal(shareKey(any, undefined, true), keyOf(any), 'no number: by address only');
});
