// Unit tests of the run plan and of the medians and ratios of repeated runs.
import t from 'tap';
import { metricsOf } from './metrics.js';
import { plan, summarize, type RunRecord } from './summary.js';

function run(target: string, policy: 'rr' | 'none', rep: number, connections: number[]): RunRecord {
  const metrics = metricsOf({ connections, requests: connections, elapsedMs: 1000, latency: null, errors: 0, timeouts: 0, non2xx: 0 });
  return { scenario: 'churn', target, policy, workers: connections.length, rep, metrics };
}

t.test('the plan alternates targets and policies within each repetition', async (t) => {
  const order = plan(['node:cluster', 'reference'], ['rr', 'none'], [2], 2).map((g) => `${g.target}/${g.policy}/${g.rep}`);
  t.same(order, [
    'node:cluster/rr/1',
    'node:cluster/none/1',
    'reference/rr/1',
    'reference/none/1',
    'node:cluster/rr/2',
    'node:cluster/none/2',
    'reference/rr/2',
    'reference/none/2',
  ]);
});

t.test('summarize: medians over repetitions, ratios to node:cluster and to rr', async (t) => {
  const runs = [
    run('node:cluster', 'rr', 1, [50, 50]),
    run('node:cluster', 'rr', 2, [60, 60]),
    run('node:cluster', 'rr', 3, [70, 70]),
    run('reference', 'rr', 1, [45, 45]),
    run('reference', 'rr', 2, [54, 54]),
    run('reference', 'rr', 3, [63, 63]),
    run('node:cluster', 'none', 1, [100, 140]),
  ];
  const entries = summarize(runs);
  t.equal(entries.length, 3);
  const [node, reference, none] = entries;
  t.equal(node!.reps, 3);
  t.equal(node!.median.newConnectionsPerSec, 120);
  t.equal(node!.ratios.vsNodeCluster, null, 'node:cluster has no ratio to itself');
  t.equal(reference!.median.newConnectionsPerSec, 108);
  t.equal(reference!.ratios.vsNodeCluster!.newConnectionsPerSec, 0.9);
  t.equal(reference!.ratios.vsRoundRobin, null, 'rr has no ratio to itself');
  t.equal(none!.ratios.vsRoundRobin!.newConnectionsPerSec, 2);
  t.equal(none!.median.latencyP50Ms, null, 'unmeasured latency stays null');
});
