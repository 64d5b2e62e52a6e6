// Pure: the results document as a markdown report (tables + chart links).
import type { LoadResults } from './results-schema.js';
import { scenarioNames } from './scenarios.js';
import { headline, type Entry } from './summary.js';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));
const times = (n: number | null) => (n === null ? '–' : `×${n.toFixed(2)}`);

const scenarioTitles: Record<string, string> = {
  keepalive: 'keep-alive (autocannon, connections held open)',
  churn: 'connection churn (autocannon, a new connection per request)',
  sequential: 'sequential single connections',
  burst: 'burst of simultaneous new connections',
};

function scenarioTable(entries: Entry[]): string[] {
  const { label, pick } = headline(entries[0]!.scenario);
  const rows = entries.map((e) => {
    const m = e.median;
    return [
      e.target,
      e.policy,
      String(e.workers),
      int(m.requestsPerSec),
      int(m.newConnectionsPerSec),
      fixed(m.jain, 4),
      fixed(m.cv, 3),
      `${fixed(m.maxShare, 2)} / ${fixed(m.minShare, 2)}`,
      `${fixed(m.latencyP50Ms, 1)} / ${fixed(m.latencyP99Ms, 1)}`,
      `${m.errors} / ${m.timeouts} / ${m.non2xx}`,
      times(e.ratios.vsNodeCluster && pick(e.ratios.vsNodeCluster)),
      times(e.ratios.vsRoundRobin && pick(e.ratios.vsRoundRobin)),
    ];
  });
  return [
    `| target | policy | workers | req/s | new conn/s | Jain (conn) | CV | max / min share | p50 / p99 ms | err / timeout / non2xx | ${label} vs node:cluster | ${label} none vs rr |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export function renderMarkdown(results: LoadResults, chartFiles: string[]): string {
  const m = results.machine;
  const lines = [
    '# Load test results',
    '',
    `- date: ${results.generatedAt}`,
    `- machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}`,
    `- load average (1 min) at start / end: ${m.loadAverage.start.toFixed(1)} / ${m.loadAverage.end.toFixed(1)} on ${m.cpus} CPUs`,
    `- command: \`${results.command}\` (${Math.round(results.wallSeconds)} s)`,
    `- ${results.options.reps} repetitions per target × policy, run alternately; values are medians.`,
    '',
  ];
  for (const s of results.skipped) lines.push(`> target **${s.target}** skipped: ${s.reason}`, '');
  for (const scenario of scenarioNames) {
    const entries = results.entries.filter((e) => e.scenario === scenario);
    if (entries.length) lines.push(`## ${scenarioTitles[scenario]}`, '', ...scenarioTable(entries), '');
  }
  if (results.operations.length) {
    lines.push(
      '## Operations under keep-alive load',
      '',
      '| operation | target | policy | workers | requests | failed | probe failed / requests | killed worker\'s connections | served after | took ms | error |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...results.operations.map(
        (o) =>
          `| ${o.operation} | ${o.target} | ${o.policy} | ${o.workers} | ${int(o.requests)} | ${o.failed} | ${o.probe.failed} / ${o.probe.requests} | ${o.victimConnections ?? '–'} | ${int(o.servedAfter)} | ${int(o.operationMs)} | ${o.error ?? ''} |`,
      ),
      '',
    );
  }
  if (results.failures.length) {
    lines.push('## Failed runs', '', ...results.failures.map((f) => `- ${f.target} ${f.policy} ${f.workers} workers rep ${f.rep}: ${f.message}`), '');
  }
  lines.push('## Charts', '', ...chartFiles.map((f) => `![${f}](${f})`), '');
  return lines.join('\n');
}
