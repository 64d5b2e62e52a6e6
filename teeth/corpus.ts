// The corpus: the planted modules of teeth/planted/ with their headers, and the clauses that have a written
// reason instead (teeth/unbreakable.json). Reading is the only I/O; checking against SPEC.md is pure.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Clause } from '../trace/types.js';
import { parseHeader, type PlantedHeader } from './header.js';

export const PLANTED_DIR = 'teeth/planted';
export const REASONS_FILE = 'teeth/unbreakable.json';
/** What `npm run teeth` writes, repository-relative. */
export const RESULTS_FILE = 'teeth/results.json';
export const SUMMARY_FILE = 'TEETH.md';

export interface PlantedModule extends PlantedHeader {
  /** Repository-relative, with forward slashes: `teeth/planted/worker.kill-01.cjs`. */
  file: string;
  /** The start of the SHA-256 of its source: results.json is stale for a module whose source changed since its run. */
  digest: string;
}

/** A normative clause that cannot be broken alone, and why. */
export interface Reason {
  clause: string;
  reason: string;
}

export interface Corpus {
  modules: PlantedModule[];
  reasons: Reason[];
}

/** Second tier of SPEC.md: clauses about Node's behaviour beyond the cluster page, run with `--profile node`. */
export const NODE_TIER = /^node\./;

/** What is wrong with the corpus given SPEC.md's clauses (pure); empty when it can be run. */
export function checkCorpus(corpus: Corpus, clauses: readonly Clause[]): string[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const problems: string[] = [];
  const planted = new Set(corpus.modules.flatMap((m) => m.breaks));
  for (const module of corpus.modules) {
    for (const id of module.breaks) {
      const clause = byId.get(id);
      if (!clause) problems.push(`${module.file}: breaks ${id}, which is not a clause of SPEC.md`);
      else if (clause.kind !== 'normative') problems.push(`${module.file}: breaks ${id}, which is ${clause.kind}, not normative`);
      if (NODE_TIER.test(id) && module.profile !== 'node') problems.push(`${module.file}: breaks ${id} of the Node tier without "// profile: node"`);
    }
    for (const id of module.touches) if (!byId.has(id)) problems.push(`${module.file}: touches ${id}, which is not a clause of SPEC.md`);
  }
  const seen = new Set<string>();
  for (const { clause, reason } of corpus.reasons) {
    const where = `${REASONS_FILE}: ${clause}`;
    if (seen.has(clause)) problems.push(`${where} is given twice`);
    seen.add(clause);
    if (byId.get(clause)?.kind !== 'normative') problems.push(`${where} is not a normative clause of SPEC.md`);
    if (planted.has(clause)) problems.push(`${where} has a reason but also a planted module`);
    if (reason.trim().length < 20) problems.push(`${where}: the reason must say why (at least 20 characters)`);
  }
  return problems;
}

/** Normative clauses with neither a planted module nor a reason, in SPEC.md order (pure). */
export function uncovered(corpus: Corpus, clauses: readonly Clause[]): Clause[] {
  const covered = new Set([...corpus.modules.flatMap((m) => m.breaks), ...corpus.reasons.map((r) => r.clause)]);
  return clauses.filter((c) => c.kind === 'normative' && !covered.has(c.id));
}

function readReasons(root: string, problems: string[]): Reason[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.join(root, REASONS_FILE), 'utf8'));
  } catch (error) {
    problems.push(`${REASONS_FILE}: ${(error as Error).message}`);
    return [];
  }
  const clauses = (data as { clauses?: unknown })?.clauses;
  if (typeof clauses !== 'object' || clauses === null || Array.isArray(clauses)) {
    problems.push(`${REASONS_FILE}: expected { "description": "…", "clauses": { "<clause ID>": "<reason>" } }`);
    return [];
  }
  return Object.entries(clauses).flatMap(([clause, reason]) => {
    if (typeof reason === 'string') return [{ clause, reason }];
    problems.push(`${REASONS_FILE}: the reason for ${clause} is not a string`);
    return [];
  });
}

/** Reads teeth/planted/*.cjs (sorted by name) and teeth/unbreakable.json below `root`. */
export function readCorpus(root: string): { corpus: Corpus; problems: string[] } {
  const problems: string[] = [];
  const all = readdirSync(path.join(root, PLANTED_DIR)).sort();
  for (const name of all.filter((n) => !n.endsWith('.cjs'))) problems.push(`${PLANTED_DIR}/${name}: planted modules are CommonJS files named <clause ID>[.<variant>].cjs`);
  const names = all.filter((name) => name.endsWith('.cjs'));
  const modules = names.flatMap((name): PlantedModule[] => {
    const file = `${PLANTED_DIR}/${name}`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const { header, problems: wrong } = parseHeader(text);
    problems.push(...wrong.map((problem) => `${file}: ${problem}`));
    return header ? [{ file, digest: createHash('sha256').update(text).digest('hex').slice(0, 16), ...header }] : [];
  });
  return { corpus: { modules, reasons: readReasons(root, problems) }, problems };
}
