// `--reporter tap`: TAP 14, one test point per result. Expected failures are
// `# TODO`, skips `# SKIP`; failures and unexpected passes are `not ok`.
import { formatScores, gatedResults, type Report, type Result } from '../results.js';
import { formatShard } from '../shard.js';
import { formatSuiteVersion } from '../suite-version.js';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/#/g, '\\#').trim();
}

function yamlBlock(result: Result): string {
  if (result.message === '') return '';
  const lines = result.message.split('\n').map((line) => `    ${line}`);
  return ['  ---', `  clause: ${result.clause}`, `  status: ${result.status}`, '  message: |-', ...lines, '  ...', ''].join('\n');
}

export function tapReport(report: Report): string {
  const results = gatedResults(report);
  const out = ['TAP version 14', `# ${formatSuiteVersion(report.suite)}: target ${report.target}, runtime ${report.runtime.name} ${report.runtime.version}${report.shard ? `, shard ${formatShard(report.shard)}` : ''}`, `1..${results.length}`];
  results.forEach((result, i) => {
    const ok = result.status === 'pass' || result.status === 'xfail' || result.status === 'skip';
    const directive = result.status === 'xfail' ? ' # TODO expected failure' : result.status === 'skip' ? ` # SKIP ${oneLine(result.message)}` : '';
    out.push(`${ok ? 'ok' : 'not ok'} ${i + 1} - ${result.clause} ${oneLine(result.test)}${directive}`);
    if (result.status === 'fail' || result.status === 'xpass') out.push(yamlBlock(result).trimEnd());
  });
  const s = report.summary;
  out.push(`# pass ${s.passed}, fail ${s.failed}, skip ${s.skipped}, xfail ${s.expectedFailures}, xpass ${s.unexpectedPasses}`);
  if (report.scores && report.profile) out.push(`# clauses passed: ${formatScores(report.scores, report.profile)} (gated on the ${report.profile} profile)`);
  return out.join('\n') + '\n';
}
