// Renders the matrix for people (text grouped by section, then a summary) and
// for programs (JSON). Pure.
import type { Matrix } from './matrix.js';
import { KINDS, type Kind, type Problem, type Section } from './types.js';

export interface Summary {
  clauses: number;
  byKind: Record<Kind, number>;
  normativeCovered: number;
  normativeUncovered: number;
  tests: number;
  testFiles: number;
}

export function summarize(matrix: Matrix): Summary {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  let normativeCovered = 0;
  for (const { clause, tests } of matrix.rows) {
    byKind[clause.kind] = (byKind[clause.kind] ?? 0) + 1;
    if (clause.kind === 'normative' && tests.length > 0) normativeCovered++;
  }
  return {
    clauses: matrix.rows.length,
    byKind,
    normativeCovered,
    normativeUncovered: byKind.normative - normativeCovered,
    tests: matrix.tests.length,
    testFiles: new Set(matrix.tests.map((t) => t.file)).size,
  };
}

export function renderText(matrix: Matrix, sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    const rows = matrix.rows.filter((r) => r.clause.section.slug === section.slug);
    out.push(`${section.title}  [${section.slug}, ${section.tier === 'node' ? 'Node tier' : `cluster.html#${section.anchor}`}]`);
    for (const { clause, tests } of rows) {
      const status = clause.kind !== 'normative' ? `(${clause.kind})` : tests.length === 0 ? 'UNTESTED' : `${tests.length} test(s)`;
      out.push(`  ${clause.id.padEnd(34)} ${status}`.trimEnd());
      for (const t of tests) out.push(`      ${t.file} › ${t.name}`);
    }
    out.push('');
  }
  out.push(renderSummary(summarize(matrix)));
  return out.join('\n');
}

export function renderSummary(s: Summary): string {
  const kinds = KINDS.map((k) => `${k} ${s.byKind[k]}`).join(', ');
  const percent = s.byKind.normative === 0 ? 100 : (100 * s.normativeCovered) / s.byKind.normative;
  return [
    `clauses: ${s.clauses} (${kinds})`,
    `normative: ${s.normativeCovered} covered, ${s.normativeUncovered} uncovered (${percent.toFixed(1)}% covered)`,
    `tests: ${s.tests} tagged tests in ${s.testFiles} files`,
  ].join('\n');
}

export function renderJson(matrix: Matrix, problems: Problem[]): string {
  const clauses = matrix.rows.map(({ clause, tests }) => ({
    id: clause.id,
    section: clause.section.slug,
    anchor: clause.section.tier === 'node' ? undefined : `cluster.html#${clause.section.anchor}`,
    tier: clause.section.tier,
    ...(clause.source ? { source: clause.source } : {}),
    kind: clause.kind,
    requirement: clause.requirement,
    tests: tests.map((t) => ({ file: t.file, line: t.line, name: t.name })),
  }));
  return JSON.stringify({ clauses, summary: summarize(matrix), problems }, null, 2);
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
