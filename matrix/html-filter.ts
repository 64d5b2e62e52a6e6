// The report page's filter logic, pure. The page script embeds these functions' source text (see html-client.ts),
// so each one must be self-contained: no reference to anything outside its own body.

/** What the filter needs to know about one clause row. */
export interface FilterRow {
  section: string;
  /** The profiles the clause counts in (`doc`, `node`). */
  profiles: string[];
  /** Clause ID and requirement, lower-cased. */
  search: string;
  cells: { status: string; target: string; finding?: string }[];
}

export interface Filter {
  /** A section slug, or `all`. */
  section: string;
  /** `doc`, `node`, or `all`: only clauses counted in that profile. */
  profile: string;
  /** One of STATUS_FILTERS' keys. */
  status: string;
  /** Free text; every whitespace-separated word must occur in the row's search text. */
  q: string;
}

export const DEFAULT_FILTER: Filter = { section: 'all', profile: 'all', status: 'any', q: '' };

export const STATUS_FILTERS: readonly (readonly [key: string, label: string])[] = [
  ['any', 'any status'],
  ['fail', 'some failure'],
  ['fail-builtin', 'fails on a built-in'],
  ['fail-reference', 'fails on a reference run'],
  ['fail-new', 'fails, not a known finding'],
  ['all-pass', 'all pass (where available)'],
  ['skip', 'has a skip'],
  ['unavailable', 'has unavailable'],
];

export function rowMatches(row: FilterRow, filter: Filter): boolean {
  if (filter.section !== 'all' && row.section !== filter.section) return false;
  if (filter.profile !== 'all' && !row.profiles.includes(filter.profile)) return false;
  const words = filter.q.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (!words.every((w) => row.search.includes(w))) return false;
  const fails = row.cells.filter((c) => c.status === 'fail');
  switch (filter.status) {
    case 'fail':
      return fails.length > 0;
    case 'fail-builtin':
      return fails.some((c) => c.target === 'node:cluster');
    case 'fail-reference':
      return fails.some((c) => c.target === 'reference' || c.target === 'reference-node');
    case 'fail-new':
      return fails.some((c) => c.finding === undefined);
    case 'all-pass': {
      const ran = row.cells.filter((c) => c.status !== 'unavailable');
      return ran.length > 0 && ran.every((c) => c.status === 'pass');
    }
    case 'skip':
      return row.cells.some((c) => c.status === 'skip');
    case 'unavailable':
      return row.cells.some((c) => c.status === 'unavailable');
    default:
      return true;
  }
}

/** `#section=worker.kill&status=fail&q=sigterm` → a Filter; missing keys take their defaults. */
export function parseHash(hash: string): Filter {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { section: params.get('section') || 'all', profile: params.get('profile') || 'all', status: params.get('status') || 'any', q: params.get('q') ?? '' };
}

/** The inverse of parseHash, leaving out defaults (so the unfiltered view has an empty hash). */
export function formatHash(filter: Filter): string {
  const params = new URLSearchParams();
  if (filter.section !== 'all') params.set('section', filter.section);
  if (filter.profile !== 'all') params.set('profile', filter.profile);
  if (filter.status !== 'any') params.set('status', filter.status);
  if (filter.q !== '') params.set('q', filter.q);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
