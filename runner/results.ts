// The result model every reporter reads (pure). One result per (check, clause).
import type { Profile } from '../trace/profiles.js';
import type { Shard } from './shard.js';
import type { SuiteVersion } from './suite-version.js';

export type Status = 'pass' | 'fail' | 'skip' | 'xfail' | 'xpass';

export interface Result {
  clause: string;
  test: string;
  status: Status;
  durationMs: number;
  message: string;
  /** The profiles the clause counts in (SPEC.md); absent when the result was made without SPEC.md. */
  profiles?: Profile[];
}

/** Per profile, clauses counted once: passed when every result that ran passed, failed when one failed. */
export interface Score {
  passed: number;
  failed: number;
  /** Clauses with at least one result that ran (not skipped). */
  total: number;
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
  /** The profile the run is gated on: `summary` and the exit status count its results only (absent: every result). */
  profile?: Profile;
  /** The slice of the checks the run covered (`--shard I/N`); absent for a whole run and for a merged one. */
  shard?: Shard;
}

export interface Report extends ReportHeader {
  summary: Summary;
  /** Both profiles' scores, whichever one is gated. */
  scores?: Record<Profile, Score>;
  /** Every result, in either profile (`profiles` says which). */
  results: Result[];
}

/** Results counting in `profile`; a result without profiles (no SPEC.md) counts everywhere. */
export function inProfile(results: readonly Result[], profile: Profile): Result[] {
  return results.filter((r) => r.profiles === undefined || r.profiles.includes(profile));
}

/** The results a report is about: those of its gated profile. */
export function gatedResults(report: Pick<Report, 'results' | 'profile'>): Result[] {
  return report.profile ? inProfile(report.results, report.profile) : [...report.results];
}

/**
 * A report from its results (every profile's): in SPEC.md order, summarised over the gated profile's, with both
 * profiles' scores. The runner builds each run's report here and `merge` the merged one, so both always carry
 * the same fields.
 */
export function buildReport(header: ReportHeader, results: readonly Result[], durationMs: number, clauseOrder: readonly string[]): Report {
  const gated = header.profile ? inProfile(results, header.profile) : results;
  return {
    ...header,
    summary: summarize(gated, durationMs),
    scores: { doc: scoreOf(results, 'doc'), node: scoreOf(results, 'node') },
    results: inSpecOrder(results, clauseOrder),
  };
}

export function scoreOf(results: readonly Result[], profile: Profile): Score {
  const byClause = new Map<string, Status[]>();
  for (const r of inProfile(results, profile)) byClause.set(r.clause, [...(byClause.get(r.clause) ?? []), r.status]);
  let passed = 0;
  let failed = 0;
  for (const statuses of byClause.values()) {
    const ran = statuses.filter((s) => s !== 'skip');
    if (ran.length === 0) continue;
    if (ran.some((s) => s === 'fail' || s === 'xfail')) failed++;
    else passed++;
  }
  return { passed, failed, total: passed + failed };
}

/** `doc 165/165 · node 201/210`, the gated profile first. */
export function formatScores(scores: Record<Profile, Score>, gated: Profile): string {
  const order: Profile[] = gated === 'doc' ? ['doc', 'node'] : ['node', 'doc'];
  return order.map((p) => `${p} ${scores[p].passed}/${scores[p].total}`).join(' · ');
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
