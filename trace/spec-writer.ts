// Rewrites only the Tests cells of SPEC.md; every other byte stays as it was.
import { testsCell, type Matrix } from './matrix.js';
import { replaceCell } from './table-row.js';

export function writeTestsColumn(specText: string, matrix: Matrix): string {
  const lines = specText.split('\n');
  for (const { clause, tests } of matrix.rows) {
    const cell = testsCell(tests);
    if (clause.tests.text !== cell) lines[clause.line - 1] = replaceCell(lines[clause.line - 1], clause.tests, cell);
  }
  return lines.join('\n');
}
