// TEETH.md from teeth/results.json (pure): which clause's planted violation was caught by which test.
import { cellText } from '../matrix/render-markdown.js';
import { sectionOf } from '../runner/results.js';
import type { ClauseVerdict } from './catch.js';
import type { ModuleResult, RunInfo, TeethResults } from './model.js';

/** `1 min 05 s`, `12 s`. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${Math.floor((1000 * part) / whole) / 10} %)`;
}

function describeRun(run: RunInfo): string {
  return `${run.generatedAt}, ${run.runtime}, ${run.machine}: \`${run.command}\`, ${run.modules} modules in ${duration(run.durationMs)}`;
}

const VERDICT: Record<ClauseVerdict['outcome'], string> = { caught: 'caught', missed: '**MISSED**', 'not-catchable': '**not catchable**', error: '**error**' };

function caughtBy(verdict: ClauseVerdict): string {
  if (verdict.outcome !== 'caught') return cellText(verdict.note ?? '', 200);
  const tests = new Map<string, Set<string>>();
  for (const c of verdict.caughtBy) tests.set(c.test, (tests.get(c.test) ?? new Set()).add(c.kind));
  return [...tests].map(([test, kinds]) => `${cellText(test, 160)}${kinds.has('assertion') ? '' : ` (${[...kinds].join(', ')})`}`).join('<br>');
}

function touchedText(module: ModuleResult): string {
  const failed = module.touched.filter((v) => v.outcome === 'caught').map((v) => v.clause);
  const held = module.touched.filter((v) => v.outcome !== 'caught').map((v) => v.clause);
  return [failed.length ? `also fails: ${failed.join(', ')}` : '', held.length ? `touches but passes: ${held.join(', ')}` : ''].filter(Boolean).join('; ');
}

function moduleLink(module: ModuleResult, root: string): string {
  const name = module.file.slice(module.file.lastIndexOf('/') + 1);
  const notes = [module.base !== 'node:cluster' ? `base: ${module.base}` : '', module.profile !== 'doc' ? `profile: ${module.profile}` : ''].filter(Boolean);
  return `[${name}](${root}${module.file})${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function clauseTables(results: TeethResults, root: string): string[] {
  const lines: string[] = [];
  const reasons = new Map(results.reasons.map((r) => [r.clause, r.reason]));
  for (const section of results.sections) {
    const clauses = results.clauses.filter((id) => sectionOf(id) === section.slug);
    const rows = clauses.flatMap((id) => {
      const modules = results.modules.filter((m) => m.breaks.includes(id));
      const reason = reasons.get(id);
      if (modules.length === 0) return reason ? [`| ${id} | — | *cannot be broken alone:* ${cellText(reason)} | — | — |`] : [`| ${id} | — | *to do* | — | — |`];
      return modules.map((m) => {
        const verdict = m.verdicts.find((v) => v.clause === id)!;
        const also = touchedText(m);
        return `| ${id} | ${moduleLink(m, root)} | ${cellText(m.does)}${also ? `<br>*${also}*` : ''} | ${VERDICT[verdict.outcome]} | ${caughtBy(verdict)} |`;
      });
    });
    if (rows.every((row) => row.includes('| *to do* |'))) continue;
    lines.push(`### ${cellText(section.title)} (\`${section.slug}\`)`, '', '| clause | planted module | what it does wrong | verdict | caught by (test) |', '| --- | --- | --- | --- | --- |', ...rows, '');
  }
  return lines;
}

function uncoveredList(results: TeethResults): string[] {
  const covered = new Set([...results.modules.flatMap((m) => m.breaks), ...results.reasons.map((r) => r.clause)]);
  const lines = results.sections.flatMap((section) => {
    const open = results.clauses.filter((id) => sectionOf(id) === section.slug && !covered.has(id));
    return open.length ? [`- \`${section.slug}\`: ${open.join(', ')}`] : [];
  });
  return lines.length ? ['## Clauses with neither a planted violation nor a reason yet', '', ...lines, ''] : [];
}

function fullSuiteTable(results: TeethResults, root: string): string[] {
  const sampled = results.modules.filter((m) => m.fullSuite);
  if (sampled.length === 0) return [];
  const lines = [
    '## Full-suite sample',
    '',
    'These modules also ran against the whole suite. A clause listed failed there while passing on the base: the',
    'tests that notice the planted violation, whether or not they cite the clause it breaks.',
    '',
    '| planted module | breaks | clauses failing over the whole suite | of which beyond breaks and touches |',
    '| --- | --- | --- | --- |',
  ];
  for (const m of sampled) {
    const run = m.fullSuite!;
    const declared = new Set([...m.breaks, ...m.touches]);
    const beyond = run.newlyFailing.filter((id) => !declared.has(id));
    const failing = run.error ? `**error**: ${cellText(run.error, 200)}` : run.newlyFailing.join(', ') || 'none';
    lines.push(`| ${moduleLink(m, root)} | ${m.breaks.join(', ')} | ${failing} | ${run.error ? '' : beyond.join(', ') || 'none'} |`);
  }
  return [...lines, ''];
}

/** `root` is the repository root relative to where TEETH.md is written, '' or ending in '/'. */
export function renderTeeth(results: TeethResults, root = ''): string {
  const t = results.totals;
  const runs = [
    ...(results.lastFullRun ? [`| last full run | ${cellText(describeRun(results.lastFullRun))} |`] : ['| last full run | none yet |']),
    ...results.updates.map((u) => `| updated by | ${cellText(describeRun(u))} |`),
  ];
  return [
    '# Teeth: a planted violation for every clause',
    '',
    '<!-- Generated by `npm run teeth` from teeth/results.json; do not edit (`npm run teeth -- --render-only` re-renders it). -->',
    '',
    `Each module in [teeth/planted/](${root}teeth/planted/) is the built-in \`node:cluster\` (or the reference) with one`,
    'documented behaviour broken. `npm run teeth` runs the tests of the clause it breaks against it and against its',
    'unbroken base; the violation is **caught** when a test of that clause fails on the module and passes on the base.',
    `How it works and how to add a module: [teeth/README.md](${root}teeth/README.md).`,
    '',
    '| run | |',
    '| --- | --- |',
    ...runs,
    '',
    '## Summary',
    '',
    '| | count |',
    '| --- | ---: |',
    `| normative clauses in SPEC.md | ${t.normative} |`,
    `| with a planted violation | ${t.planted} |`,
    `| with a reason why none is possible | ${t.withReason} |`,
    `| with neither yet | ${t.uncovered} |`,
    `| planted modules | ${t.modules} |`,
    `| planted violations (module × clause it breaks) | ${t.violations} |`,
    `| caught | ${t.caught}${percent(t.caught, t.violations)} |`,
    `| missed | ${t.missed} |`,
    `| not catchable on their base | ${t.notCatchable} |`,
    `| runs that gave no report | ${t.errors} |`,
    '',
    '## Clauses',
    '',
    'A test is listed with *(crash)* or *(timeout)* when it noticed the violation only because its fixture or check',
    'failed as a whole, not through an assertion on the clause.',
    '',
    ...clauseTables(results, root),
    ...fullSuiteTable(results, root),
    ...uncoveredList(results),
  ]
    .join('\n')
    .replace(/\n*$/, '\n');
}
