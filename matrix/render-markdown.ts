// CONFORMANCE.md from a ConformanceMatrix (pure). Every figure and message comes from the results.
import type { Profile } from '../trace/profiles.js';
import { runtimeGroups, suiteLabel, TARGET_PROFILE, type ConformanceMatrix, type MatrixCell, type MatrixColumn, type MatrixRow, type RuntimeGroup, type TargetName } from './model.js';

export interface MarkdownLinks {
  /** Paths relative to CONFORMANCE.md. */
  spec: string;
  html: string;
  json: string;
}

const MESSAGE_LIMIT = 360;
const PROFILES_SHOWN: Profile[] = ['doc', 'node'];
const TARGET_LABEL: Record<string, string> = { 'node:cluster': 'built-in', reference: 'reference', 'reference-node': 'reference, Node mode' };
/** What each profile compares: the runtime's built-in next to the reference in the mode that answers to it. */
const PROFILE_TARGETS: Record<Profile, [builtIn: TargetName, reference: TargetName]> = { doc: ['node:cluster', 'reference'], node: ['node:cluster', 'reference-node'] };
const PROFILE_TITLE: Record<Profile, string> = { doc: 'doc profile (the cluster page as worded)', node: 'node profile (what Node does)' };
const inProfile = (row: MatrixRow, profile: Profile) => (row.profiles ?? ['doc']).includes(profile);

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
  const lines = ['| runtime | target | doc profile | node profile | failed | skipped | clauses | time (all runs) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const column of matrix.columns) {
    const name = column.available ? column.runtimeLabel : column.runtime;
    if (!column.available) {
      lines.push(`| ${name} | ${TARGET_LABEL[column.target]} | not available: ${cellText(column.reason ?? '', 200)} | | | | | |`);
      continue;
    }
    const { failed, skipped, total, durationMs } = column.summary;
    const score = (profile: Profile) => {
      const s = column.scores?.[profile];
      const text = s ? `${s.passed}/${s.total}` : '—';
      return TARGET_PROFILE[column.target] === profile ? `**${text}**` : text;
    };
    lines.push(`| ${name} | ${TARGET_LABEL[column.target]} | ${score('doc')} | ${score('node')} | ${failed} | ${skipped} | ${total} | ${(durationMs / 1000).toFixed(0)} s |`);
  }
  return lines;
}

function sectionTable(matrix: ConformanceMatrix, links: MarkdownLinks, profile: Profile): string[] {
  const groups = runtimeGroups(matrix.columns);
  const targets = PROFILE_TARGETS[profile].filter((target) => matrix.columns.some((c) => c.target === target));
  const lines = [
    `| section | ${groups.map((g) => g.representative.runtimeLabel).join(' | ')} |`,
    `| --- | ${groups.map(() => '---').join(' | ')} |`,
  ];
  for (const section of matrix.sections) {
    const rows = matrix.rows.filter((r) => r.section === section.slug && inProfile(r, profile));
    if (rows.length === 0) continue;
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

function failuresOf(matrix: ConformanceMatrix, group: RuntimeGroup, links: MarkdownLinks, profile: Profile): string[] {
  const [builtInTarget, referenceTarget] = PROFILE_TARGETS[profile];
  const builtIn = group.columns.find((c) => c.target === builtInTarget);
  const reference = group.columns.find((c) => c.target === referenceTarget);
  const name = group.representative.runtimeLabel;
  const unavailable = [builtIn, reference].filter((c): c is MatrixColumn => c !== undefined && !c.available);
  const lines = [`### ${name}, ${profile} profile`, ''];
  for (const column of unavailable) lines.push(`- ${TARGET_LABEL[column.target]}: **not available** — ${cellText(column.reason ?? '', 400)}`);
  if (unavailable.length > 0) lines.push('');
  const counted = matrix.rows.filter((r) => inProfile(r, profile));
  const failing = (column: MatrixColumn | undefined) => (column?.available ? counted.filter((r) => r.cells[column.id]?.status === 'fail') : []);
  const total = (column: MatrixColumn) => column.scores?.[profile].total ?? counted.length;
  const builtInFails = failing(builtIn);
  const referenceFails = failing(reference);
  if (builtIn?.available) {
    const referenceFixes = reference?.available ? builtInFails.filter((r) => r.cells[reference.id]?.status === 'pass').length : 0;
    lines.push(
      builtInFails.length === 0
        ? `The built-in \`node:cluster\` passes all ${total(builtIn)} clauses it was checked on.`
        : `The built-in \`node:cluster\` fails **${builtInFails.length}** of ${total(builtIn)} clauses` +
            (reference?.available ? `; the reference passes ${referenceFixes} of them on the same runtime.` : '.'),
    );
  }
  if (reference?.available) {
    const alsoBuiltIn = referenceFails.filter((r) => builtInFails.includes(r)).length;
    lines.push(
      referenceFails.length === 0
        ? `The ${TARGET_LABEL[reference.target]} passes all ${total(reference)} clauses on ${name}.`
        : `The ${TARGET_LABEL[reference.target]} fails **${referenceFails.length}** clauses on ${name}${builtIn?.available ? ` (${alsoBuiltIn} of them fail on the built-in too)` : ''}.`,
    );
  }
  const listed = counted.filter((r) => builtInFails.includes(r) || referenceFails.includes(r));
  if (listed.length > 0) {
    lines.push('', `| clause | built-in \`node:cluster\` | ${TARGET_LABEL[referenceTarget]} |`, '| --- | --- | --- |');
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
    '- Two profiles ([SPEC.md, Part 2](' + links.spec + ')): **doc** counts the cluster page\'s clauses as worded; **node** counts what Node',
    '  does (the Node tier, whose clauses stand in for the page\'s where a Finding says Node does otherwise, and the page\'s',
    '  other clauses). The reference runs twice: as `reference` (following the page, gated on doc) and as',
    '  `reference-node` (its Node-compatible mode, gated on node). Each run is scored in both profiles; its own is in bold.',
    '',
    '## Summary',
    '',
    'Clauses passed of those checked, per profile; "built-in" is the runtime\'s own `node:cluster`, "reference" is `--target reference`, "reference, Node mode" is `--target reference-node`.',
    '',
    ...summaryTable(matrix),
    '',
    ...PROFILES_SHOWN.flatMap((profile) => [
      `## Per section, ${PROFILE_TITLE[profile]}`,
      '',
      `Clauses passed of those checked, \`${PROFILE_TARGETS[profile].map((t) => TARGET_LABEL[t]).join(' · ')}\`; ✗N: N clauses fail.`,
      '',
      ...sectionTable(matrix, links, profile),
      '',
    ]),
    '## Failing clauses by runtime',
    '',
    'Each clause a built-in or the reference fails on a runtime, per profile, with what was observed (the failing tests\' messages, shortened; the HTML report has them in full).',
    '',
    ...groups.flatMap((group) => PROFILES_SHOWN.flatMap((profile) => failuresOf(matrix, group, links, profile))),
  ].join('\n');
}
