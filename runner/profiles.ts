// Which profiles each clause counts in, and whether it applies to the runtime's Node version, read from SPEC.md
// (the rules are trace/profiles.ts's). Attaching them to results is pure.
import { readFileSync } from 'node:fs';
import { appliesToNode, describeSince } from '../trace/clause-source.js';
import { profilesOf, type Profile } from '../trace/profiles.js';
import { parseSpec } from '../trace/spec-parser.js';
import type { Clause } from '../trace/types.js';
import { SPEC_FILE } from './list.js';
import type { Result } from './results.js';

export interface ClauseIndex {
  profiles: Map<string, Profile[]>;
  clauses: Map<string, Clause>;
}

export function clauseIndex(clauses: readonly Clause[]): ClauseIndex {
  return { profiles: profilesOf(clauses), clauses: new Map(clauses.map((c) => [c.id, c])) };
}

let cached: ClauseIndex | undefined;

/** The index of the SPEC.md shipped with the runner (empty when it cannot be read: results then count everywhere). */
export function specClauseIndex(): ClauseIndex {
  if (cached) return cached;
  try {
    cached = clauseIndex(parseSpec(readFileSync(SPEC_FILE, 'utf8'), 'SPEC.md').clauses);
  } catch {
    cached = clauseIndex([]);
  }
  return cached;
}

/** Why a clause does not apply to a runtime reporting `nodeVersion`, or undefined when it does. */
export function notApplicable(index: ClauseIndex, clause: string, nodeVersion: string | undefined): string | undefined {
  const source = index.clauses.get(clause)?.source;
  if (appliesToNode(source, nodeVersion)) return undefined;
  return `not applicable: the clause applies from ${describeSince(source)}; the runtime reports Node ${nodeVersion}`;
}

/** The result with the profiles of its clause; clauses SPEC.md does not name (or that count nowhere) get none. */
export function withProfiles(result: Result, index: ClauseIndex): Result {
  if (index.clauses.size === 0) return result;
  return { ...result, profiles: index.profiles.get(result.clause) ?? [] };
}
