// UDP under both policies: a datagram that a copy of the shared socket read in the primary, while on its way to
// a later worker, still reaches that worker (it used to be dropped). Runs scenarios/udp-handover.ts; asserts on
// what the primary read, not on timing, since loopback UDP may drop datagrams under load anyway.
import t from 'tap';
import { runScenario } from './scenarios/run-scenario.js';

interface Outcome {
  readByPrimary: number[];
  received: number[];
}

for (const policy of ['rr', 'none'] as const) {
  t.test(`UDP hand-over under ${policy}`, async (t) => {
    const { readByPrimary, received } = await runScenario<Outcome>('udp-handover', [policy]);
    const reached = new Set(received);
    t.same(readByPrimary.filter((number) => !reached.has(number)), [], 'no datagram consumed by the primary', { readByPrimary: readByPrimary.length });
    t.ok(received.length > 0, 'the workers received the stream');
  });
}
