// The result model every reporter reads (pure). One result per (check, clause).
import type { Shard } from './shard.js';
import type { SuiteVersion } from './suite-version.js';

export type Status = 'pass' | 'fail' | 'skip' | 'xfail' | 'xpass';

export interface Result {
  clause: string;
  test: string;
  status: Status;
  durationMs: number;
  message: string;
}

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  expectedFailures: number;
  unexpectedPasses: number;
  durationMs: number;
}

/** What a report says about the run that produced it. */
export interface ReportHeader {
  /** The suite that checked: package version and SPEC.md hash. */
  suite: SuiteVersion;
  target: string;
  runtime: { name: string; version: string; path: string };
  /** The slice of the checks the run covered (`--shard I/N`); absent for a whole run and for a merged one. */
  shard?: Shard;
}

export interface Report extends ReportHeader {
  summary: Summary;
  results: Result[];
}

export function summarize(results: readonly Result[], durationMs: number): Summary {
  const count = (status: Status) => results.filter((r) => r.status === status).length;
  return {
    total: results.length,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
    expectedFailures: count('xfail'),
    unexpectedPasses: count('xpass'),
    durationMs,
  };
}

/**
 * A report from its results: in SPEC.md order, with their summary. The runner builds each run's report
 * here and `merge` the merged one, so both always carry the same fields.
 */
export function buildReport(header: ReportHeader, results: readonly Result[], durationMs: number, clauseOrder: readonly string[]): Report {
  return { ...header, summary: summarize(results, durationMs), results: inSpecOrder(results, clauseOrder) };
}

/** The run matches expectations exactly when nothing failed and nothing passed unexpectedly. */
export function isSuccess(summary: Summary): boolean {
  return summary.failed === 0 && summary.unexpectedPasses === 0;
}

/** Doc section of a clause ID: `worker.kill-01` → `worker.kill`. */
export function sectionOf(clause: string): string {
  return clause.replace(/-\d+$/, '');
}

/** Results grouped by doc section, sections in first-seen order. */
export function bySection(results: readonly Result[]): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const result of results) {
    const section = sectionOf(result.clause);
    groups.set(section, [...(groups.get(section) ?? []), result]);
  }
  return groups;
}

/** Results in the order of the clauses in SPEC.md (the doc's order); unknown clauses keep their place at the end. */
export function inSpecOrder(results: readonly Result[], clauseOrder: readonly string[]): Result[] {
  const rank = new Map(clauseOrder.map((id, i) => [id, i]));
  const position = (r: Result) => rank.get(r.clause) ?? clauseOrder.length;
  return results.map((r, i) => ({ r, i })).sort((a, b) => position(a.r) - position(b.r) || a.i - b.i).map(({ r }) => r);
}
