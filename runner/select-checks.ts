// Which checks and clauses a run covers (pure): --grep, --clause, then --shard.
import type { RegisteredCheck } from './registry.js';
import { sectionOf } from './results.js';
import { takeShard, type Shard } from './shard.js';

export interface Selection {
  grep?: RegExp;
  clauses: string[];
  shard?: Shard;
}

function clauseSelected(clause: string, wanted: readonly string[]): boolean {
  return wanted.length === 0 || wanted.includes(clause) || wanted.includes(sectionOf(clause));
}

/** A check still runs in full; only the results of its `selected` clauses are reported. */
export interface SelectedCheck extends RegisteredCheck {
  selected: string[];
}

export function selectChecks(checks: readonly RegisteredCheck[], selection: Selection): SelectedCheck[] {
  const chosen = checks
    .filter((c) => !selection.grep || selection.grep.test(c.name) || c.clauses.some((clause) => selection.grep!.test(clause)))
    .map((c) => ({ ...c, selected: c.clauses.filter((clause) => clauseSelected(clause, selection.clauses)) }))
    .filter((c) => c.selected.length > 0);
  return selection.shard ? takeShard(chosen, selection.shard) : chosen;
}
