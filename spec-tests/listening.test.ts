// cluster 'listening' for every kind of address a worker can listen on:
// TCP over IPv6, a Unix socket, UDP over IPv4 and IPv6 (TCP over IPv4 is in
// cluster-events.test.ts). Two workers open the same four addresses one after
// the other, so every address is shared; each 'listening' event is paired with
// the address it names.
import { isDeepStrictEqual } from 'node:util';
import { check, type FixtureRun } from '../runner/check.js';

const WORKERS = [1, 2];
const KINDS = ['tcp6', 'unix', 'udp4', 'udp6'] as const;
type Kind = (typeof KINDS)[number];

const CLAUSE: Record<Kind, string> = { tcp6: 'cluster.event.listening-06', unix: 'cluster.event.listening-07', udp4: 'cluster.event.listening-08', udp6: 'cluster.event.listening-09' };
const ADDRESS_TYPE: Record<Kind, number | string> = { tcp6: 6, unix: -1, udp4: 'udp4', udp6: 'udp6' };

/** The identity of an address (pure): its path for a Unix socket, else its host and port. */
function identity(kind: Kind, address: unknown): Record<string, unknown> {
  if (kind === 'unix') return { address };
  const { address: host, port } = (address ?? {}) as Record<string, unknown>;
  return { address: host, port };
}

/** Each address the worker opened, with the first not yet paired 'listening' event naming the same address. */
function pairs(run: FixtureRun, worker: number) {
  const events = run.all('event', { emitter: 'cluster', name: 'listening', worker }).map((event) => event.address as Record<string, unknown> | undefined);
  const unpaired = [...events];
  const byKind = KINDS.map((kind) => {
    const opened = run.first('opened', { worker, socket: kind });
    const wanted = identity(kind, opened?.address);
    const at = unpaired.findIndex((event) => isDeepStrictEqual(identity(kind, kind === 'unix' ? event?.address : event), wanted));
    const [event] = at === -1 ? [undefined] : unpaired.splice(at, 1);
    return { kind, opened, event };
  });
  return { events, byKind };
}

check({ name: "a worker listening on several addresses gets one 'listening' per address", clauses: ['cluster.event.listening-04'] }, async (t) => {
  const run = await t.fixture('share-addresses');
  for (const worker of WORKERS) {
    const { events, byKind } = pairs(run, worker);
    t.deepEqual('cluster.event.listening-04', byKind.map((o) => o.opened?.error ?? 'opened'), KINDS.map(() => 'opened'), `outcome of opening ${KINDS.join(', ')} in worker ${worker}`);
    t.equal('cluster.event.listening-04', events.length, KINDS.length, `'listening' events for worker ${worker}`);
    for (const { kind, opened: o, event } of byKind) {
      t.ok('cluster.event.listening-04', event, `a 'listening' event of worker ${worker} names its ${kind} address`, o?.address);
    }
  }
});

check({ name: "addressType is 6 for TCP over IPv6, -1 for a Unix socket, 'udp4' and 'udp6' for UDP", clauses: ['cluster.event.listening-06', 'cluster.event.listening-07', 'cluster.event.listening-08', 'cluster.event.listening-09'] }, async (t) => {
  const run = await t.fixture('share-addresses');
  for (const worker of WORKERS) {
    for (const { kind, opened, event } of pairs(run, worker).byKind) {
      t.ok(CLAUSE[kind], opened && opened.error === undefined, `worker ${worker} opened the shared ${kind} address`, opened?.error);
      t.equal(CLAUSE[kind], event?.addressType, ADDRESS_TYPE[kind], `addressType in worker ${worker}'s 'listening' event for its ${kind} server`);
    }
  }
});
