// `--reporter json`: the documented, stable object (see runner/README.md).
import type { Report } from '../results.js';

export function jsonReport(report: Report): string {
  const { target, runtime, summary, results } = report;
  return JSON.stringify(
    {
      target,
      runtime: { name: runtime.name, version: runtime.version, path: runtime.path },
      summary,
      results: results.map(({ clause, test, status, durationMs, message }) => ({ clause, test, status, durationMs, message })),
    },
    null,
    2,
  ) + '\n';
}
