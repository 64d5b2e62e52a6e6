// teeth/results.json (pure): its shape, the totals, merging a partial run into an earlier file, and bringing the
// SPEC.md-derived parts up to date without running anything. Fields are only ever added.
import type { Clause, Section } from '../trace/types.js';
import type { ClauseVerdict } from './catch.js';
import type { Corpus, PlantedModule, Reason } from './corpus.js';
import type { Base, Profile } from './header.js';

/** A run of the built-in (or the reference) with no expectations, that planted runs are compared with. */
export interface BaselineRun {
  base: Base;
  profile: Profile;
  /** `all`, or the clauses the run was limited to. */
  clauses: 'all' | string[];
  durationMs: number;
  /** Results that passed and failed; absent when the run gave no report. */
  passed?: number;
  failed?: number;
  error?: string;
}

export interface RunInfo {
  generatedAt: string;
  command: string;
  durationMs: number;
  /** As the runner names it: `node 20.20.2`. */
  runtime: string;
  machine: string;
  /** Planted modules it ran. */
  modules: number;
  baselines: BaselineRun[];
}

export interface FullSuiteRun {
  durationMs: number;
  error?: string;
  /** Clauses with a test failing against the module and passing on the base, over the whole suite. */
  newlyFailing: string[];
}

export interface ModuleResult extends PlantedModule {
  /** `generatedAt` of the run that produced this entry. */
  ranAt: string;
  /** Wall time of its run limited to its clauses. */
  durationMs: number;
  error?: string;
  /** One per clause of `breaks`. */
  verdicts: ClauseVerdict[];
  /** One per clause of `touches`: `caught` means it failed too, as declared. */
  touched: ClauseVerdict[];
  /** Present for the modules of the full-suite sample. */
  fullSuite?: FullSuiteRun;
}

export interface Totals {
  /** Normative clauses of SPEC.md. */
  normative: number;
  /** Of those: with at least one planted module, with a reason instead, with neither. */
  planted: number;
  withReason: number;
  uncovered: number;
  modules: number;
  /** Planted violations: one per (module, clause it breaks). */
  violations: number;
  caught: number;
  missed: number;
  notCatchable: number;
  errors: number;
}

export interface TeethResults {
  /** The last run over every planted module; absent until there was one. */
  lastFullRun?: RunInfo;
  /** Runs of some modules (`--only`) merged in since then, oldest first. */
  updates: RunInfo[];
  sections: { slug: string; title: string }[];
  /** The IDs of SPEC.md's normative clauses, in its order. */
  clauses: string[];
  reasons: Reason[];
  /** Sorted by file. */
  modules: ModuleResult[];
  totals: Totals;
}

export function computeTotals(results: Pick<TeethResults, 'clauses' | 'reasons' | 'modules'>): Totals {
  const ids = new Set(results.clauses);
  const plantedIds = new Set(results.modules.flatMap((m) => m.breaks).filter((id) => ids.has(id)));
  const reasonIds = new Set(results.reasons.map((r) => r.clause).filter((id) => ids.has(id) && !plantedIds.has(id)));
  const verdicts = results.modules.flatMap((m) => m.verdicts);
  const count = (outcome: ClauseVerdict['outcome']) => verdicts.filter((v) => v.outcome === outcome).length;
  return {
    normative: ids.size,
    planted: plantedIds.size,
    withReason: reasonIds.size,
    uncovered: ids.size - plantedIds.size - reasonIds.size,
    modules: results.modules.length,
    violations: verdicts.length,
    caught: count('caught'),
    missed: count('missed'),
    notCatchable: count('not-catchable'),
    errors: count('error'),
  };
}

/** Sections, clauses and reasons as SPEC.md and the corpus have them now, and the totals that follow. */
export function refresh(results: Omit<TeethResults, 'sections' | 'clauses' | 'reasons' | 'totals'>, spec: { clauses: readonly Clause[]; sections: readonly Section[] }, reasons: readonly Reason[]): TeethResults {
  const normative = spec.clauses.filter((c) => c.kind === 'normative');
  const clauses = normative.map((c) => c.id);
  const used = new Set(normative.map((c) => c.section.slug));
  const sections = spec.sections.filter((s) => used.has(s.slug)).map((s) => ({ slug: s.slug, title: s.title }));
  const order = new Map(clauses.map((id, i) => [id, i]));
  const sortedReasons = [...reasons].sort((a, b) => (order.get(a.clause) ?? Infinity) - (order.get(b.clause) ?? Infinity));
  const base = { lastFullRun: results.lastFullRun, updates: results.updates, sections, clauses, reasons: sortedReasons, modules: results.modules };
  return { ...base, totals: computeTotals(base) };
}

const byFile = (a: ModuleResult, b: ModuleResult) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The modules and runs after `run`: a full run replaces everything; a partial one replaces the entries of the
 * modules it ran and keeps the others that are still in the corpus.
 */
export function mergeRun(previous: Pick<TeethResults, 'lastFullRun' | 'updates' | 'modules'> | undefined, run: { info: RunInfo; modules: ModuleResult[]; full: boolean }, corpus: Corpus): Pick<TeethResults, 'lastFullRun' | 'updates' | 'modules'> {
  if (run.full || !previous) {
    return { lastFullRun: run.full ? run.info : previous?.lastFullRun, updates: run.full ? [] : [run.info], modules: [...run.modules].sort(byFile) };
  }
  const ran = new Set(run.modules.map((m) => m.file));
  const present = new Set(corpus.modules.map((m) => m.file));
  const kept = previous.modules.filter((m) => present.has(m.file) && !ran.has(m.file));
  return { lastFullRun: previous.lastFullRun, updates: [...previous.updates, run.info], modules: [...kept, ...run.modules].sort(byFile) };
}

/** Where results.json no longer describes the corpus: modules added, removed or with a changed header since their run. */
export function staleModules(results: Pick<TeethResults, 'modules'>, corpus: Corpus): string[] {
  const header = (m: PlantedModule) => JSON.stringify([m.breaks, m.does, m.touches, m.base, m.profile, m.digest]);
  const recorded = new Map(results.modules.map((m) => [m.file, header(m)]));
  const present = new Set(corpus.modules.map((m) => m.file));
  return [
    ...corpus.modules.filter((m) => !recorded.has(m.file)).map((m) => `${m.file}: not run yet`),
    ...corpus.modules.filter((m) => recorded.has(m.file) && recorded.get(m.file) !== header(m)).map((m) => `${m.file}: changed since its run`),
    ...results.modules.filter((m) => !present.has(m.file)).map((m) => `${m.file}: no longer in the corpus`),
  ];
}
