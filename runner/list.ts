// `--list`: every SPEC.md clause with the tests that check it. The clause
// table comes from the trace command's SPEC.md parser.
import { readFileSync } from 'node:fs';
import { parseSpec } from '../trace/spec-parser.js';
import { SPEC_FILE } from './package-files.js';
import type { RegisteredCheck } from './registry.js';
import { sectionOf } from './results.js';
import { UsageError } from './usage-error.js';

export { SPEC_FILE };

export interface ListedClause {
  id: string;
  section: string;
  kind: string;
  tests: string[];
}

/** Pure: SPEC clauses (narrowed to `only` IDs/sections when given) joined with the checks citing them. */
export function clauseList(specText: string, checks: readonly RegisteredCheck[], only: readonly string[] = []): ListedClause[] {
  const { clauses } = parseSpec(specText, 'SPEC.md');
  return clauses
    .filter((c) => only.length === 0 || only.includes(c.id) || only.includes(sectionOf(c.id)))
    .map((c) => ({ id: c.id, section: c.section.slug, kind: c.kind, tests: checks.filter((check) => check.clauses.includes(c.id)).map((check) => check.name) }));
}

export function formatClauseList(list: readonly ListedClause[], reporter: string): string {
  if (reporter === 'json') return JSON.stringify({ clauses: list }, null, 2) + '\n';
  return list.map((c) => `${c.id} (${c.kind})${c.tests.map((t) => `\n    ${t}`).join('')}`).join('\n') + '\n';
}

/** Clause IDs in SPEC.md order, or none when SPEC.md cannot be read (results then keep declaration order). */
export function specClauseOrder(): string[] {
  try {
    return parseSpec(readFileSync(SPEC_FILE, 'utf8'), 'SPEC.md').clauses.map((c) => c.id);
  } catch {
    return [];
  }
}

export function listClauses(checks: readonly RegisteredCheck[], reporter: string, only: readonly string[]): string {
  let text: string;
  try {
    text = readFileSync(SPEC_FILE, 'utf8');
  } catch {
    throw new UsageError(`--list needs ${SPEC_FILE}, which cannot be read`);
  }
  return formatClauseList(clauseList(text, checks, only), reporter);
}
