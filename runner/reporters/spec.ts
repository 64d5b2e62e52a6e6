// `--reporter spec`: the human report, grouped by doc section. Passing
// sections take one line; anything else is listed with its message.
import { bySection, formatScores, gatedResults, type Report, type Result } from '../results.js';
import { formatShard } from '../shard.js';
import { formatSuiteVersion } from '../suite-version.js';

const SYMBOL = { pass: '✓', fail: '✗', skip: '-', xfail: '~', xpass: '!' } as const;

function indent(text: string, by: string): string {
  return text.split('\n').map((line) => by + line).join('\n');
}

function line(result: Result): string {
  const head = `  ${SYMBOL[result.status]} ${result.clause} ${result.status.toUpperCase()} — ${result.test}`;
  return result.status === 'pass' ? head : `${head}\n${indent(result.message, '      ')}`;
}

export function specReport(report: Report): string {
  const shard = report.shard ? `, shard ${formatShard(report.shard)}` : '';
  const out = [`${formatSuiteVersion(report.suite)}: target ${report.target}, runtime ${report.runtime.name} ${report.runtime.version} (${report.runtime.path})${shard}`, ''];
  for (const [section, results] of bySection(gatedResults(report))) {
    const passed = results.filter((r) => r.status === 'pass').length;
    out.push(`${passed === results.length ? '✓' : '•'} ${section} (${passed}/${results.length} pass)`);
    for (const result of results) if (result.status !== 'pass') out.push(line(result));
  }
  const s = report.summary;
  out.push(
    '',
    `${s.total} results: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.expectedFailures} expected failures, ${s.unexpectedPasses} unexpected passes in ${(s.durationMs / 1000).toFixed(1)} s`,
  );
  if (report.scores && report.profile) out.push(`clauses passed: ${formatScores(report.scores, report.profile)} (gated on the ${report.profile} profile)`);
  return out.join('\n') + '\n';
}

/** One progress line for a live display on stderr. */
export function progressLine(done: number, total: number, failed: number): string {
  return `\r${done}/${total} checks${failed > 0 ? `, ${failed} with failures` : ''}`;
}
