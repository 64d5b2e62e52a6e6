// Round-robin on real processes: sequential connections to a port shared by 1-4 workers.
import fc from 'fast-check';
import t from 'tap';
import { servedCounts, spreadWithinOne } from './distribution.js';
import { REAL_TARGETS, runPropertyFixture, single } from './real-fixture.js';
import { realPropertyTest } from './real-run.js';

const clusters = fc.record({ workers: fc.integer({ min: 1, max: 4 }), connections: fc.integer({ min: 1, max: 12 }) });

realPropertyTest(
  { name: 'round-robin spreads sequential connections with per-worker counts within 1', clauses: ['how-07', 'intro-03'] },
  clusters,
  async (target, { workers, connections }) => {
    const { observations } = await runPropertyFixture('sequential-connections', target, [workers, connections, 'rr']);
    return spreadWithinOne(single(observations, 'done').served as string[], workers);
  },
  8,
);

// SCHED_NONE leaves the choice to the OS (how-10, how-11): the spread is recorded, not judged.
t.test('SCHED_NONE distribution (recorded only)', async (tt) => {
  for (const target of REAL_TARGETS) {
    const { observations } = await runPropertyFixture('sequential-connections', target, [3, 30, 'none']);
    const counts = servedCounts(single(observations, 'done').served as string[]);
    tt.comment(`${target}: 3 workers, 30 sequential connections -> ${JSON.stringify(counts)}`);
  }
  tt.pass('recorded');
});
