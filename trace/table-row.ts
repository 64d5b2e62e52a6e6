// Splitting one markdown table row into cells, keeping where each cell sits so
// that a single cell can be replaced without touching the rest of the line.
import type { CellSpan } from './types.js';

/** Cells of a row like `| a | b \| c |`, or undefined when the line is not a complete row. */
export function splitRow(line: string): CellSpan[] | undefined {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const trimmedStart = line.length - line.trimStart().length;
  const lastChar = line.trimEnd().length - 1;
  if (pipes.length < 2 || pipes[0] !== trimmedStart || pipes[pipes.length - 1] !== lastChar) return undefined;
  const cells: CellSpan[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    const start = pipes[k] + 1;
    const end = pipes[k + 1];
    cells.push({ start, end, text: line.slice(start, end).trim() });
  }
  return cells;
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function unescapeCell(text: string): string {
  return text.replace(/\\\|/g, '|');
}

/** The line with one cell's content replaced, padded with one space on each side. */
export function replaceCell(line: string, cell: CellSpan, text: string): string {
  return `${line.slice(0, cell.start)} ${text} ${line.slice(cell.end)}`;
}
