// Unit tests of the pure load metrics.
import t from 'tap';
import { balance, coefficientOfVariation, jain, median, metricsOf, percentile, ratio, shares } from './metrics.js';

t.test('Jain index: 1 when even, 1/n when one worker takes all', async (t) => {
  t.equal(jain([5, 5, 5, 5]), 1);
  t.equal(jain([8, 0, 0, 0]), 0.25);
  t.equal(jain([3, 7]), 100 / (2 * 58));
  t.equal(jain([0, 0]), 1, 'no traffic counts as even');
});

t.test('coefficient of variation and shares', async (t) => {
  t.equal(coefficientOfVariation([4, 4]), 0);
  t.equal(coefficientOfVariation([2, 6]), 0.5);
  t.equal(coefficientOfVariation([0, 0]), 0);
  t.same(shares([1, 3]), [0.25, 0.75]);
  t.same(shares([0, 0]), [0.5, 0.5]);
  t.same(balance([28, 12]), { jain: jain([28, 12]), cv: 0.4, maxShare: 0.7, minShare: 0.3 });
});

t.test('bad counts get a clear error', async (t) => {
  t.throws(() => jain([]), /at least one worker/);
  t.throws(() => shares([1, -1]), /finite and ≥ 0/);
  t.throws(() => coefficientOfVariation([Number.NaN]), /finite/);
});

t.test('percentile (nearest rank), median, ratio', async (t) => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
  t.equal(percentile(samples, 50), 50);
  t.equal(percentile(samples, 99), 99);
  t.equal(percentile(samples, 100), 100);
  t.equal(percentile([], 50), 0);
  t.throws(() => percentile(samples, 0), /\(0, 100\]/);
  t.equal(median([3, 1, 2]), 2);
  t.equal(median([4, 1, 2, 3]), 2.5);
  t.throws(() => median([]), /median of nothing/);
  t.equal(ratio(9, 10), 0.9);
  t.equal(ratio(1, 0), null);
});

t.test('metricsOf derives rates from the worker-reported counts', async (t) => {
  const m = metricsOf({
    connections: [30, 10],
    requests: [300, 100],
    elapsedMs: 2000,
    latency: { p50: 1, p99: 4 },
    errors: 0,
    timeouts: 1,
    non2xx: 2,
  });
  t.equal(m.workers, 2);
  t.equal(m.totalConnections, 40);
  t.equal(m.totalRequests, 400);
  t.equal(m.newConnectionsPerSec, 20);
  t.equal(m.requestsPerSec, 200);
  t.equal(m.connectionBalance.maxShare, 0.75);
  t.equal(m.requestBalance.minShare, 0.25);
  t.same([m.latencyP50Ms, m.latencyP99Ms, m.errors, m.timeouts, m.non2xx], [1, 4, 0, 1, 2]);
  t.throws(() => metricsOf({ ...m, connections: [1], requests: [1, 2], elapsedMs: 1, latency: { p50: 0, p99: 0 } }), /differ in length/);
  t.throws(() => metricsOf({ connections: [1], requests: [1], elapsedMs: 0, latency: { p50: 0, p99: 0 }, errors: 0, timeouts: 0, non2xx: 0 }), /elapsed/);
});
