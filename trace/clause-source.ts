// The Source cell of a Node-tier clause (pure). Items are separated by " · ":
//   `net.html#serverlistenoptions-callback`   a statement on another Node doc page (one or more)
//   observed                                  observed the same on every Node version SPEC.md names
//   Node ≥ 22.12                              applies only from that Node version on
//   F-14                                      the Finding this clause states as Node's behaviour
//   replaces `how-16`, `how-14`               cluster-page clauses it stands in for in the node profile
import type { ClauseSource } from './types.js';

const DOC_PAGE = /^`([a-z_]+\.html#[a-z0-9_-]+)`$/;
const SINCE = /^Node ≥ (\d+)\.(\d+)$/;
const FINDING = /^F-\d{2}$/;
const REPLACES = /^replaces (`[^`]+`(?:, `[^`]+`)*)$/;

export const SOURCE_FORMAT = 'items separated by " · ": `page.html#anchor`, observed, Node ≥ X.Y, F-NN, replaces `id`, …';

/** The parsed cell, or the reason it cannot be read. */
export function parseClauseSource(cell: string): ClauseSource | string {
  const source: ClauseSource = { docs: [], observed: false, replaces: [] };
  for (const item of cell.split(' · ').map((part) => part.trim())) {
    let match: RegExpExecArray | null;
    if ((match = DOC_PAGE.exec(item))) source.docs.push(match[1]);
    else if (item === 'observed') source.observed = true;
    else if ((match = SINCE.exec(item))) {
      if (source.since) return 'names "Node ≥" twice';
      source.since = [Number(match[1]), Number(match[2])];
    } else if (FINDING.test(item)) {
      if (source.finding) return 'names two Findings';
      source.finding = item;
    } else if ((match = REPLACES.exec(item))) source.replaces.push(...match[1].split(', ').map((id) => id.slice(1, -1)));
    else return `has an item it cannot read: ${JSON.stringify(item)}`;
  }
  if (source.docs.length === 0 && !source.observed) return 'names neither a doc page (`page.html#anchor`) nor "observed"';
  if (source.replaces.length > 0 && !source.finding) return 'replaces clauses without naming the Finding (F-NN) that says why';
  return source;
}

/** Whether a clause applies to a runtime reporting `nodeVersion` (e.g. "22.12.0"); unknown versions get every clause. */
export function appliesToNode(source: ClauseSource | undefined, nodeVersion: string | undefined): boolean {
  if (!source?.since || nodeVersion === undefined) return true;
  const [major, minor] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  if (!Number.isFinite(major) || !Number.isFinite(minor)) return true;
  const [sinceMajor, sinceMinor] = source.since;
  return major > sinceMajor || (major === sinceMajor && minor >= sinceMinor);
}

export function describeSince(source: ClauseSource | undefined): string | undefined {
  return source?.since ? `Node ≥ ${source.since[0]}.${source.since[1]}` : undefined;
}
