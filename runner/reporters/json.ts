// `--reporter json`: the documented, stable object (see runner/README.md).
import type { Report } from '../results.js';

export function jsonReport(report: Report): string {
  const { suite, target, runtime, shard, profile, summary, scores, results } = report;
  return JSON.stringify(
    {
      suite: { version: suite.version, spec: suite.spec },
      target,
      runtime: { name: runtime.name, version: runtime.version, path: runtime.path },
      ...(shard ? { shard: { index: shard.index, count: shard.count } } : {}),
      profile,
      summary,
      scores,
      results: results.map(({ clause, test, status, durationMs, message, profiles }) => ({ clause, test, status, durationMs, message, profiles })),
    },
    null,
    2,
  ) + '\n';
}
