// Round-robin under connection churn spreads connections evenly, with no errors.
import { jain } from './metrics.js';
import { loadTest } from './load-test.js';
import { cannon } from './scenarios.js';
import { LoadServer } from './server-handle.js';

const workers = 2;

loadTest(
  { name: 'round-robin spreads churned connections evenly over the workers', clauses: ['how-07', 'how-14', 'cluster.schedulingPolicy-07'] },
  async (t, target) => {
    const server = await LoadServer.start({ specifier: target.specifier, policy: 'rr', workers, ttlMs: 60_000 });
    t.teardown(() => server.close());
    // A fixed number of requests, each on a new connection; 1500 evens out the
    // scheduling noise of a busy machine (300 gave Jain 0.95–0.97 now and then).
    const result = await cannon(server.port, { connections: 10, amount: 1500, churn: true });
    const counts = (await server.stats()).map((c) => c.connections);
    t.equal(counts.length, workers, 'every worker reported');
    t.ok(jain(counts) >= 0.98, `Jain's index ${jain(counts).toFixed(4)} ≥ 0.98 for connections ${counts.join('/')}`);
    t.equal(result.errors + result.non2xx, 0, 'no failed request');
  },
);
