// Joins clauses and test tags into the traceability matrix, and derives the
// checks that depend on both (unknown clauses, stale Tests cells, untested
// normative clauses). Pure.
import { escapeCell } from './table-row.js';
import type { Clause, Problem, Tag, TestRef } from './types.js';

export interface MatrixRow {
  clause: Clause;
  tests: TestRef[];
}

export interface Matrix {
  rows: MatrixRow[];
  /** Distinct tagged tests, by file then line. */
  tests: TestRef[];
  problems: Problem[];
}

export function buildMatrix(clauses: Clause[], tags: Tag[]): Matrix {
  const byId = new Map(clauses.map((c) => [c.id, [] as TestRef[]]));
  const kindOf = new Map(clauses.map((c) => [c.id, c.kind]));
  const problems: Problem[] = [];
  const tests = new Map<string, TestRef>();
  for (const tag of [...tags].sort(compareRefs)) {
    const ref: TestRef = { file: tag.file, line: tag.line, name: tag.name };
    const key = `${tag.file}\u0000${tag.name}`;
    if (!tests.has(key)) tests.set(key, ref);
    const report = (message: string) => problems.push({ file: tag.file, line: tag.line, message });
    if (tag.clauses.length === 0) report(`test "${tag.name}" cites no clause`);
    for (const id of tag.clauses) {
      const cited = byId.get(id);
      if (!cited) report(`test "${tag.name}" cites unknown clause ${id}`);
      else if (kindOf.get(id) === 'retired') report(`test "${tag.name}" cites retired clause ${id}`);
      else if (!cited.some((t) => t.file === ref.file && t.name === ref.name)) cited.push(tests.get(key)!);
    }
  }
  return {
    rows: clauses.map((clause) => ({ clause, tests: byId.get(clause.id)! })),
    tests: [...tests.values()],
    problems,
  };
}

function compareRefs(a: TestRef, b: TestRef): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** The Tests cell a row should hold. */
export function testsCell(tests: TestRef[]): string {
  return tests.length === 0 ? '—' : tests.map((t) => escapeCell(`${t.file} › ${t.name}`)).join('<br>');
}

export function staleCells(matrix: Matrix, specFile: string): Problem[] {
  return matrix.rows
    .filter((row) => row.clause.tests.text !== testsCell(row.tests))
    .map((row) => ({
      file: specFile,
      line: row.clause.line,
      message: `Tests column of ${row.clause.id} is stale (run: npm run trace -- --write)`,
    }));
}

export function untestedNormative(matrix: Matrix, specFile: string): Problem[] {
  return matrix.rows
    .filter((row) => row.clause.kind === 'normative' && row.tests.length === 0)
    .map((row) => ({ file: specFile, line: row.clause.line, message: `normative clause ${row.clause.id} has no test` }));
}
