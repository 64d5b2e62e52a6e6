// `--reporter markdown`: a summary line, then one table per doc section.
import { bySection, formatScores, gatedResults, type Report } from '../results.js';
import { formatShard } from '../shard.js';
import { formatSuiteVersion } from '../suite-version.js';

const MARK = { pass: '✅ pass', fail: '❌ fail', skip: '⏭️ skip', xfail: '⚠️ xfail', xpass: '❗ xpass' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function markdownReport(report: Report): string {
  const s = report.summary;
  const out = [
    `# cluster-conformance: ${cell(report.target)} on ${report.runtime.name} ${report.runtime.version}`,
    '',
    `Checked by ${formatSuiteVersion(report.suite)}${report.shard ? `, shard ${formatShard(report.shard)}` : ''}.`,
    '',
    `${s.total} results: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.expectedFailures} expected failures, ${s.unexpectedPasses} unexpected passes (${(s.durationMs / 1000).toFixed(1)} s).`,
    ...(report.scores && report.profile ? ['', `Clauses passed: **${formatScores(report.scores, report.profile)}** (gated on the ${report.profile} profile).`] : []),
  ];
  for (const [section, results] of bySection(gatedResults(report))) {
    out.push('', `## ${cell(section)}`, '', '| clause | test | status | message |', '| --- | --- | --- | --- |');
    for (const r of results) out.push(`| ${r.clause} | ${cell(r.test)} | ${MARK[r.status]} | ${r.status === 'pass' ? '' : cell(r.message)} |`);
  }
  return out.join('\n') + '\n';
}
