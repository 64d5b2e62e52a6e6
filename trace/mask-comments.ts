// Blanks out comments in TypeScript source so that commented-out tags are not
// read as tags. Offsets and line breaks are kept, so positions stay valid.
// String and template literals are skipped as opaque (enough for test tags).

export function maskComments(source: string): string {
  const out = source.split('');
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '"' || c === "'" || c === '`') {
      i = endOfQuoted(source, i);
    } else if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = blank(out, i, end === -1 ? source.length : end);
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = blank(out, i, end === -1 ? source.length : end + 2);
    } else {
      i++;
    }
  }
  return out.join('');
}

function endOfQuoted(source: string, open: number): number {
  const quote = source[open];
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
    else if (source[i] === '\n' && quote !== '`') return i;
  }
  return source.length;
}

function blank(out: string[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  return to;
}
