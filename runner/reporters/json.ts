// `--reporter json`: the documented, stable object (see runner/README.md).
import type { Report } from '../results.js';

export function jsonReport(report: Report): string {
  const { target, runtime, profile, summary, scores, results } = report;
  return JSON.stringify(
    {
      target,
      runtime: { name: runtime.name, version: runtime.version, path: runtime.path },
      profile,
      summary,
      scores,
      results: results.map(({ clause, test, status, durationMs, message, profiles }) => ({ clause, test, status, durationMs, message, profiles })),
    },
    null,
    2,
  ) + '\n';
}
