// Pure: the charts of a results document, as { file, svg } pairs.
import type { LoadResults } from './results-schema.js';
import { scenarioNames } from './scenarios.js';
import { headline } from './summary.js';
import { groupedBars, stackedShares } from './svg.js';

export interface Chart {
  file: string;
  svg: string;
}

export function renderCharts(results: LoadResults): Chart[] {
  const charts: Chart[] = [];
  for (const scenario of scenarioNames) {
    const entries = results.entries.filter((e) => e.scenario === scenario);
    if (entries.length === 0) continue;
    // One row per repetition: which worker runs hot changes from run to run, so sums would hide it.
    const runs = results.runs
      .filter((r) => r.scenario === scenario)
      .sort((a, b) => a.workers - b.workers || a.target.localeCompare(b.target) || b.policy.localeCompare(a.policy) || a.rep - b.rep);
    charts.push({
      file: `shares-${scenario}.svg`,
      svg: stackedShares(
        `${scenario}: share of connections per worker, each run`,
        runs.map((r) => ({ label: `${r.target} ${r.policy} ${r.workers}w #${r.rep}`, values: r.metrics.connections })),
      ),
    });
    const { label, pick } = headline(scenario);
    const workerCounts = [...new Set(entries.map((e) => e.workers))];
    charts.push({
      file: `throughput-${scenario}.svg`,
      svg: groupedBars(
        `${scenario}: ${label} by target and policy (median)`,
        label,
        workerCounts.map((w) => ({
          label: `${w} workers`,
          bars: entries.filter((e) => e.workers === w).map((e) => ({ series: `${e.target} ${e.policy}`, value: pick(e.median) ?? 0 })),
        })),
      ),
    });
  }
  return charts;
}
