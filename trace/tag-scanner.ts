// Finds test tags in a test source: object literals holding a literal `name`
// and a literal array `clauses`, e.g. `{ name: 'kill() defaults to SIGTERM',
// clauses: ['worker.kill-01'] }`. Pure: source text in, tags and problems out.
import { maskComments } from './mask-comments.js';
import type { Problem, Tag } from './types.js';

const CLAUSES_KEY = /\bclauses\s*:\s*\[/g;
const STRING_LITERAL = /^\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*/;
const NAME_KEY = /\bname\s*:/;

export interface ScanResult {
  tags: Tag[];
  problems: Problem[];
}

export function scanTags(source: string, file: string): ScanResult {
  const text = maskComments(source);
  const tags: Tag[] = [];
  const problems: Problem[] = [];
  for (const match of text.matchAll(CLAUSES_KEY)) {
    const at = match.index;
    const line = lineOf(text, at);
    const report = (message: string) => problems.push({ file, line, message });
    const open = text.lastIndexOf('{', at);
    if (open === -1 || text.slice(open + 1, at).includes('}')) {
      report('"clauses:" is not inside an object literal with a name');
      continue;
    }
    const list = readStringList(text, at + match[0].length);
    if (!list) {
      report('"clauses" must be a literal array of string literals');
      continue;
    }
    const nextBrace = text.slice(list.end).search(/[{}]/);
    const after = text.slice(list.end, nextBrace === -1 ? text.length : list.end + nextBrace);
    const name = readName(text.slice(open + 1, at)) ?? readName(after);
    if (name === undefined) {
      report('tag has no literal "name" beside its "clauses"');
      continue;
    }
    tags.push({ file, line, name, clauses: list.values });
  }
  return { tags, problems };
}

/** Reads `'a', "b", ]` starting just after `[`; undefined if an element is not a plain string literal. */
function readStringList(text: string, from: number): { values: string[]; end: number } | undefined {
  const values: string[] = [];
  let pos = from;
  for (;;) {
    const rest = text.slice(pos);
    const close = /^\s*\]/.exec(rest);
    if (close) return { values, end: pos + close[0].length };
    const literal = STRING_LITERAL.exec(rest);
    if (!literal) return undefined;
    values.push(unescape(literal[1] ?? literal[2] ?? literal[3]));
    pos += literal[0].length;
    const comma = /^,/.exec(text.slice(pos));
    if (comma) pos += 1;
    else if (!/^\s*\]/.test(text.slice(pos))) return undefined;
  }
}

function readName(segment: string): string | undefined {
  const key = NAME_KEY.exec(segment);
  if (!key) return undefined;
  const literal = STRING_LITERAL.exec(segment.slice(key.index + key[0].length));
  return literal ? unescape(literal[1] ?? literal[2] ?? literal[3]) : undefined;
}

function unescape(body: string): string {
  const named: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return body.replace(/\\(.)/g, (_, c: string) => named[c] ?? c);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
