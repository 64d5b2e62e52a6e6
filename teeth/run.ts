// Runs the planted modules: a baseline per (base, profile), each module limited to its clauses, and the full-suite
// sample, all as children of the conformance CLI (matrix/run-cell.ts), at most `parallel` at once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pool } from '../matrix/pool.js';
import { runConformance, type CliRun } from '../matrix/run-cell.js';
import type { Result } from '../runner/results.js';
import { judgeClause, newlyFailing } from './catch.js';
import type { PlantedModule } from './corpus.js';
import type { Base, Profile } from './header.js';
import type { BaselineRun, ModuleResult } from './model.js';
import { clausesOf } from './select.js';

export interface RunSettings {
  root: string;
  runtime?: string;
  parallel: number;
  jobs: number;
  timeoutMs: number;
  runTimeoutMs: number;
  ranAt: string;
  log: (line: string) => void;
}

interface Timed extends CliRun {
  durationMs: number;
}

const groupKey = (m: { base: Base; profile: Profile }) => `${m.base} ${m.profile}`;

export interface PlantedRuns {
  modules: ModuleResult[];
  baselines: BaselineRun[];
  /** `node 20.20.2`, as a baseline's report names the runtime; undefined when none gave a report. */
  runtime?: string;
}

export async function runPlanted(modules: readonly PlantedModule[], fullSuite: ReadonlySet<string>, settings: RunSettings): Promise<PlantedRuns> {
  const limit = pool(settings.parallel);
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-teeth-'));
  // No expectations: every failure of the base shows, so that a test it fails already cannot count as a catch.
  const noExpectations = path.join(dir, 'no-expectations.json');
  writeFileSync(noExpectations, JSON.stringify({ description: 'teeth: no expected failures' }));
  const run = (target: string, profile: Profile, clauses: string[] | 'all'): Promise<Timed> =>
    limit(async () => {
      const started = Date.now();
      const args = ['--target', target, '--expect', noExpectations, '--jobs', String(settings.jobs), '--timeout', String(settings.timeoutMs)];
      if (settings.runtime !== undefined) args.push('--runtime', settings.runtime);
      if (profile !== 'doc') args.push('--profile', profile);
      if (clauses !== 'all') args.push('--clause', clauses.join(','));
      return { ...(await runConformance(args, settings.runTimeoutMs)), durationMs: Date.now() - started };
    });

  const groups = new Map<string, PlantedModule[]>();
  for (const m of modules) groups.set(groupKey(m), [...(groups.get(groupKey(m)) ?? []), m]);
  const baselines = new Map<string, { info: BaselineRun; results?: Result[] }>();
  let runtime: string | undefined;
  const baselineRuns = [...groups].map(async ([key, members]) => {
    const { base, profile } = members[0];
    // The whole suite only when a module of the group runs over it too; else only the clauses its modules need.
    const clauses = members.some((m) => fullSuite.has(m.file)) ? 'all' : clausesOf(members);
    const outcome = await run(base, profile, clauses);
    const results = outcome.report?.results;
    if (outcome.report) runtime = `${outcome.report.runtime.name} ${outcome.report.runtime.version}`;
    const count = (pass: boolean) => results?.filter((r) => (r.status === 'pass') === pass).length;
    const info: BaselineRun = { base, profile, clauses, durationMs: outcome.durationMs, ...(results ? { passed: count(true), failed: count(false) } : { error: outcome.reason }) };
    settings.log(`baseline ${base}${profile === 'doc' ? '' : ` (profile ${profile})`}: ${results ? `${info.passed} pass, ${info.failed} fail` : `no report: ${outcome.reason}`} in ${(outcome.durationMs / 1000).toFixed(1)} s`);
    baselines.set(key, { info, results });
  });

  // Long runs first, so that they do not trail at the end: baselines (above), the full-suite sample, then the rest.
  const target = (m: PlantedModule) => path.join(settings.root, m.file);
  const fullRuns = new Map(modules.filter((m) => fullSuite.has(m.file)).map((m) => [m.file, run(target(m), m.profile, 'all')]));
  const judged = modules.map(async (m): Promise<ModuleResult> => {
    const scoped = await run(target(m), m.profile, clausesOf([m]));
    const full = await fullRuns.get(m.file);
    await Promise.all(baselineRuns);
    const baseline = baselines.get(groupKey(m))!;
    const error = scoped.reason ?? (baseline.results ? undefined : `the baseline gave no report: ${baseline.info.error}`);
    const judge = (clause: string) => judgeClause(clause, scoped.report?.results, baseline.results, error);
    const result: ModuleResult = { ...m, ranAt: settings.ranAt, durationMs: scoped.durationMs, ...(error ? { error } : {}), verdicts: m.breaks.map(judge), touched: m.touches.map(judge) };
    if (full) {
      const newly = full.report && baseline.results ? newlyFailing(full.report.results, baseline.results) : [];
      result.fullSuite = { durationMs: full.durationMs, ...(full.reason ? { error: full.reason } : {}), newlyFailing: newly };
    }
    for (const v of result.verdicts) settings.log(`${v.outcome.padEnd(13)} ${v.clause.padEnd(32)} ${m.file} (${(scoped.durationMs / 1000).toFixed(1)} s)${v.note ? `: ${v.note}` : ''}`);
    return result;
  });
  try {
    const results = await Promise.all(judged);
    return { modules: results, baselines: [...baselines.values()].map((b) => b.info), runtime };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
