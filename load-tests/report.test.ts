// Unit tests of the pure renderers: markdown report and SVG charts.
import t from 'tap';
import { metricsOf } from './metrics.js';
import { parseOptions } from './options.js';
import { renderMarkdown } from './report-markdown.js';
import { renderCharts } from './report-svg.js';
import { schemaTag, type LoadResults } from './results-schema.js';
import { summarize, type RunRecord } from './summary.js';
import { escapeXml, groupedBars, stackedShares } from './svg.js';

const runs: RunRecord[] = [
  {
    scenario: 'burst',
    target: 'node:cluster',
    policy: 'none',
    workers: 2,
    rep: 1,
    metrics: metricsOf({ connections: [30, 70], requests: [30, 70], elapsedMs: 100, latency: { p50: 2, p99: 9 }, errors: 0, timeouts: 0, non2xx: 0 }),
  },
];
const results: LoadResults = {
  schema: schemaTag,
  generatedAt: '2026-01-01T00:00:00.000Z',
  command: 'npm run load -- --quick',
  wallSeconds: 1,
  machine: { cpus: 2, cpuModel: 'cpu', node: 'v20', platform: 'linux', memoryGiB: 1, loadAverage: { start: 1, end: 2 } },
  options: parseOptions(['--quick']),
  skipped: [{ target: 'reference', reason: 'not built' }],
  failures: [],
  runs,
  entries: summarize(runs),
  operations: [],
};

t.test('markdown: one table per scenario run, skipped targets, chart links', async (t) => {
  const charts = renderCharts(results);
  t.same(
    charts.map((c) => c.file),
    ['shares-burst.svg', 'throughput-burst.svg'],
  );
  const md = renderMarkdown(results, charts.map((c) => c.file));
  t.match(md, /## burst of simultaneous new connections/);
  t.match(md, /\| node:cluster \| none \| 2 \| 1,000 \| 1,000 \| 0\.8621 \|/);
  t.match(md, /target \*\*reference\*\* skipped: not built/);
  t.match(md, /!\[shares-burst\.svg\]\(shares-burst\.svg\)/);
  t.notMatch(md, /## keep-alive/, 'no table for scenarios that did not run');
});

t.test('svg: shares drawn to scale, text escaped', async (t) => {
  t.equal(escapeXml('a<b & "c">'), 'a&lt;b &amp; &quot;c&quot;&gt;');
  const shares = stackedShares('t', [{ label: '<x>', values: [1, 3] }]);
  t.match(shares, /^<svg /);
  t.match(shares, /width="125\.0"/, 'a quarter of the 500 px bar');
  t.match(shares, /width="375\.0"/);
  t.match(shares, /&lt;x&gt;/);
  const bars = groupedBars('t', 'req/s', [{ label: '2 workers', bars: [{ series: 'a', value: 10 }, { series: 'b', value: 5 }] }]);
  t.match(bars, /height="220\.0"/, 'the largest bar fills the plot');
  t.match(bars, /height="110\.0"/);
});
