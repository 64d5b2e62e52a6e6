// `--repeat N`: one report from N runs of the same runtime and target (pure). A result that failed in any
// run fails, and says in how many: a clause that fails only sometimes is shown, not hidden by a lucky run.
import { summarize, type Report, type Result } from '../runner/results.js';
import type { RunOutcome } from './model.js';

const FAILING = new Set(['fail', 'xfail']);

export function mergeRounds(outcomes: RunOutcome[]): RunOutcome {
  const reports = outcomes.map((o) => o.report).filter((r): r is Report => r !== undefined);
  const [first] = outcomes;
  if (reports.length === 0) return first;
  if (reports.length < outcomes.length) {
    const reason = outcomes.find((o) => !o.report)?.reason;
    return { ...first, report: undefined, reason: `${outcomes.length - reports.length} of ${outcomes.length} runs gave no report: ${reason}` };
  }
  const key = (r: Result) => `${r.test}\u0000${r.clause}`;
  const rounds = reports.map((report) => new Map(report.results.map((r) => [key(r), r])));
  const results = reports[0].results.map((result): Result => {
    const seen = rounds.map((round) => round.get(key(result))).filter((r): r is Result => r !== undefined);
    const failed = seen.filter((r) => FAILING.has(r.status));
    if (failed.length === 0 || failed.length === seen.length) return failed[0] ?? result;
    return { ...failed[0], message: `intermittent: failed in ${failed.length} of ${seen.length} runs\n${failed[0].message}` };
  });
  const durationMs = reports.reduce((sum, r) => sum + r.summary.durationMs, 0);
  return { ...first, report: { ...reports[0], summary: summarize(results, durationMs), results } };
}
