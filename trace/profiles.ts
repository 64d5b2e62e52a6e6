// The two profiles a run is scored against (pure):
//   doc  — the cluster page's normative clauses, as the page words them;
//   node — what Node does: the cluster-page clauses Node follows, plus the Node tier, whose clauses stand in for
//          the page's wording wherever a Finding records that Node does otherwise (`replaces` in their Source).
import type { Clause } from './types.js';

export const PROFILES = ['doc', 'node'] as const;
export type Profile = (typeof PROFILES)[number];

/** Clause ID → the profiles it counts in; clauses that count in none (informative, platform, retired) are absent. */
export function profilesOf(clauses: readonly Clause[]): Map<string, Profile[]> {
  const replaced = new Set(clauses.flatMap((c) => (c.kind === 'normative' ? (c.source?.replaces ?? []) : [])));
  const profiles = new Map<string, Profile[]>();
  for (const clause of clauses) {
    if (clause.kind !== 'normative') continue;
    if (clause.section.tier === 'node') profiles.set(clause.id, ['node']);
    else profiles.set(clause.id, replaced.has(clause.id) ? ['doc'] : ['doc', 'node']);
  }
  return profiles;
}

export function isProfile(text: string): text is Profile {
  return (PROFILES as readonly string[]).includes(text);
}
