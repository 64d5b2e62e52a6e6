// The metadata a planted module carries in its first comment lines (pure): text in, header or problems out.
//
//   // breaks: worker.kill-01            the clause(s) whose documented behaviour it breaks (required)
//   // does: kill() sends SIGKILL         what it does wrong, one line (required)
//   // touches: worker.kill-05            other clauses expected to fail with it (optional)
//   // base: reference                    what it wraps: node:cluster (default) or reference (optional)
//   // profile: node                      the runner's --profile for its clauses: doc (default) or node (optional)
//
// The header is every `//` line before the first line that is not one; each must be `// key: value`.
import { CLAUSE_ID } from '../trace/spec-parser.js';

export const BASES = ['node:cluster', 'reference'] as const;
export type Base = (typeof BASES)[number];
export const PROFILES = ['doc', 'node'] as const;
export type Profile = (typeof PROFILES)[number];

export interface PlantedHeader {
  breaks: string[];
  does: string;
  touches: string[];
  base: Base;
  profile: Profile;
}

const KEYS = ['breaks', 'does', 'touches', 'base', 'profile'] as const;
type Key = (typeof KEYS)[number];
const KEY_LINE = /^\/\/\s*([a-z]+):\s*(.*?)\s*$/;

/** Clause IDs written space- or comma-separated. */
export function splitIds(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

/** The `key: value` lines of the leading comment block, or what is wrong with it. */
function headerLines(text: string): { values: Partial<Record<Key, string>>; problems: string[] } {
  const values: Partial<Record<Key, string>> = {};
  const problems: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.startsWith('//')) break;
    const match = KEY_LINE.exec(line);
    const key = match?.[1] as Key | undefined;
    if (!match || !KEYS.includes(key!)) {
      problems.push(`line ${index + 1}: expected "// <${KEYS.join('|')}>: <value>" in the header, found ${JSON.stringify(line)}`);
    } else if (values[key!] !== undefined) {
      problems.push(`line ${index + 1}: "${key}" is given twice`);
    } else {
      values[key!] = match[2];
    }
  }
  return { values, problems };
}

function oneOf<T extends string>(key: string, value: string | undefined, allowed: readonly T[], problems: string[]): T {
  if (value === undefined) return allowed[0];
  if (!allowed.includes(value as T)) problems.push(`"${key}" must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}`);
  return value as T;
}

export function parseHeader(text: string): { header?: PlantedHeader; problems: string[] } {
  const { values, problems } = headerLines(text);
  const breaks = splitIds(values.breaks ?? '');
  const touches = splitIds(values.touches ?? '');
  if (breaks.length === 0) problems.push('the header has no "// breaks: <clause ID>" line');
  if (!values.does) problems.push('the header has no "// does: <what it does wrong>" line');
  for (const id of [...breaks, ...touches]) if (!CLAUSE_ID.test(id)) problems.push(`${JSON.stringify(id)} is not a clause ID`);
  for (const id of touches) if (breaks.includes(id)) problems.push(`${id} is both broken and touched`);
  const base = oneOf('base', values.base, BASES, problems);
  const profile = oneOf('profile', values.profile, PROFILES, problems);
  if (/\breference\(\)/.test(text) !== (base === 'reference')) {
    problems.push(base === 'reference' ? 'declares "base: reference" but does not load reference()' : 'loads reference() without declaring "base: reference"');
  }
  if (problems.length > 0) return { problems };
  return { header: { breaks, does: values.does!, touches, base, profile }, problems };
}
