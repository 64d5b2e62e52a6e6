// CONFORMANCE.md from a ConformanceMatrix (pure). Every figure and message comes from the results.
import { runtimeGroups, suiteLabel, type ConformanceMatrix, type MatrixCell, type MatrixColumn, type MatrixRow, type RuntimeGroup } from './model.js';

export interface MarkdownLinks {
  /** Paths relative to CONFORMANCE.md. */
  spec: string;
  html: string;
  json: string;
}

const MESSAGE_LIMIT = 360;
const TARGET_LABEL: Record<string, string> = { 'node:cluster': 'built-in', reference: 'reference' };

/** Text safe inside a markdown table cell: no pipes, no raw HTML, no line breaks. */
export function cellText(text: string, limit = MESSAGE_LIMIT): string {
  const short = text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  return short.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function describeCell(cell: MatrixCell | undefined): string {
  if (!cell) return 'not run';
  switch (cell.status) {
    case 'pass':
      return 'passes';
    case 'skip':
      return `skipped${cell.message ? `: ${cellText(cell.message, 120)}` : ''}`;
    case 'unavailable':
      return 'not available';
    case 'fail':
      return `${cell.finding ? `known (${cell.finding}): ` : ''}${cell.intermittent ? '*intermittent*: ' : ''}${cellText(cell.message ?? 'failed')}`;
  }
}

function summaryTable(matrix: ConformanceMatrix): string[] {
  const lines = ['| runtime | target | passed | failed | skipped | clauses | time (all runs) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const column of matrix.columns) {
    const name = column.available ? column.runtimeLabel : column.runtime;
    if (!column.available) {
      lines.push(`| ${name} | ${TARGET_LABEL[column.target]} | not available: ${cellText(column.reason ?? '', 200)} | | | | |`);
      continue;
    }
    const { passed, failed, skipped, total, durationMs } = column.summary;
    lines.push(`| ${name} | ${TARGET_LABEL[column.target]} | ${passed} | ${failed} | ${skipped} | ${total} | ${(durationMs / 1000).toFixed(0)} s |`);
  }
  return lines;
}

function sectionTable(matrix: ConformanceMatrix, links: MarkdownLinks): string[] {
  const groups = runtimeGroups(matrix.columns);
  const targets = [...new Set(matrix.columns.map((c) => c.target))];
  const lines = [
    `| section | ${groups.map((g) => g.representative.runtimeLabel).join(' | ')} |`,
    `| --- | ${groups.map(() => '---').join(' | ')} |`,
  ];
  for (const section of matrix.sections) {
    const rows = matrix.rows.filter((r) => r.section === section.slug);
    const cells = groups.map((group) =>
      targets
        .map((target) => {
          const column = group.columns.find((c) => c.target === target);
          if (!column) return '';
          if (!column.available) return 'n/a';
          const passed = rows.filter((r) => r.cells[column.id]?.status === 'pass').length;
          const mark = passed < rows.length ? ` ✗${rows.length - passed}` : '';
          return `${passed}/${rows.length}${mark}`;
        })
        .join(' · '),
    );
    lines.push(`| [${section.slug}](${links.spec}#L${rows[0].specLine}) | ${cells.join(' | ')} |`);
  }
  return lines;
}

function clauseLink(row: MatrixRow, links: MarkdownLinks): string {
  return `[${row.clause}](${links.spec}#L${row.specLine})`;
}

function failuresOf(matrix: ConformanceMatrix, group: RuntimeGroup, links: MarkdownLinks): string[] {
  const builtIn = group.columns.find((c) => c.target === 'node:cluster');
  const reference = group.columns.find((c) => c.target === 'reference');
  const name = group.representative.runtimeLabel;
  const unavailable = group.columns.filter((c) => !c.available);
  const lines = [`### ${name}`, ''];
  for (const column of unavailable) lines.push(`- ${TARGET_LABEL[column.target]}: **not available** — ${cellText(column.reason ?? '', 400)}`);
  if (unavailable.length > 0) lines.push('');
  const failing = (column: MatrixColumn | undefined) => (column?.available ? matrix.rows.filter((r) => r.cells[column.id]?.status === 'fail') : []);
  const builtInFails = failing(builtIn);
  const referenceFails = failing(reference);
  if (builtIn?.available) {
    const referenceFixes = reference?.available ? builtInFails.filter((r) => r.cells[reference.id]?.status === 'pass').length : 0;
    lines.push(
      builtInFails.length === 0
        ? `The built-in \`node:cluster\` passes all ${builtIn.summary.total} clauses it was checked on.`
        : `The built-in \`node:cluster\` fails **${builtInFails.length}** of ${builtIn.summary.total} clauses` +
            (reference?.available ? `; the reference passes ${referenceFixes} of them on the same runtime.` : '.'),
    );
  }
  if (reference?.available) {
    const alsoBuiltIn = referenceFails.filter((r) => builtInFails.includes(r)).length;
    lines.push(
      referenceFails.length === 0
        ? `The reference passes all ${reference.summary.total} clauses on ${name}.`
        : `The reference fails **${referenceFails.length}** clauses on ${name}${builtIn?.available ? ` (${alsoBuiltIn} of them fail on the built-in too)` : ''}.`,
    );
  }
  const listed = matrix.rows.filter((r) => builtInFails.includes(r) || referenceFails.includes(r));
  if (listed.length > 0) {
    lines.push('', '| clause | built-in `node:cluster` | reference |', '| --- | --- | --- |');
    for (const row of listed) {
      lines.push(`| ${clauseLink(row, links)} | ${builtIn ? describeCell(row.cells[builtIn.id]) : 'not run'} | ${reference ? describeCell(row.cells[reference.id]) : 'not run'} |`);
    }
  }
  lines.push('');
  return lines;
}

export function renderMarkdown(matrix: ConformanceMatrix, links: MarkdownLinks): string {
  const groups = runtimeGroups(matrix.columns);
  const versions = groups.map((g) => g.representative.runtimeLabel).join(', ');
  return [
    '# Conformance of `node:cluster` across runtimes',
    '',
    '<!-- Generated by `npm run matrix` from the results; edits are overwritten. -->',
    '',
    `How closely each runtime's built-in \`node:cluster\` follows the Node.js cluster documentation, clause by clause ` +
      `([SPEC.md](${links.spec})), next to this project's reference implementation run on the same runtime.`,
    '',
    `- Generated: ${matrix.generatedAt}, on ${matrix.machine}, by \`${matrix.command}\`.`,
    `- Suite: ${suiteLabel(matrix)}.`,
    `- Runtimes: ${versions}.`,
    `- Browsable report (filters, every failure message): [${links.html}](${links.html}); data: [${links.json}](${links.json}).`,
    '- A clause passes when every test that checks it passes and fails when any of them fails. Failures already recorded as a',
    '  Finding in SPEC.md (the expectations files) still count as failures here, marked "known (F-NN)".',
    '',
    '## Summary',
    '',
    'Per clause; "built-in" is the runtime\'s own `node:cluster`, "reference" is `--target reference`.',
    '',
    ...summaryTable(matrix),
    '',
    '## Per section',
    '',
    `Clauses passed of those checked, \`${[...new Set(matrix.columns.map((c) => TARGET_LABEL[c.target]))].join(' · ')}\`; ✗N: N clauses fail.`,
    '',
    ...sectionTable(matrix, links),
    '',
    '## Failing clauses by runtime',
    '',
    'Each clause a built-in or the reference fails on a runtime, with what was observed (the failing tests\' messages, shortened; the HTML report has them in full).',
    '',
    ...groups.flatMap((group) => failuresOf(matrix, group, links)),
  ].join('\n');
}
