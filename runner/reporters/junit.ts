// `--reporter junit`: JUnit XML, one <testsuite> per doc section, one
// <testcase> per result. xfail and skip are <skipped>; fail and xpass <failure>.
// Each <testsuite> carries the suite and SPEC versions, target and runtime as <properties>.
import { bySection, gatedResults, type Report, type Result } from '../results.js';
import { formatShard } from '../shard.js';
import { formatSuiteVersion } from '../suite-version.js';

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function testcase(section: string, result: Result): string {
  const open = `    <testcase classname="${escapeXml(section)}" name="${escapeXml(`${result.clause} ${result.test}`)}" time="${seconds(result.durationMs)}"`;
  const message = escapeXml(result.message);
  switch (result.status) {
    case 'pass':
      return `${open}/>`;
    case 'skip':
      return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    case 'xfail':
      return `${open}>\n      <skipped message="expected failure">${message}</skipped>\n    </testcase>`;
    default:
      return `${open}>\n      <failure message="${result.status === 'xpass' ? 'unexpected pass' : 'failed'}" type="${result.status}">${message}</failure>\n    </testcase>`;
  }
}

function properties(report: Report): string[] {
  const values: [string, string][] = [
    ['cluster-conformance.version', report.suite.version],
    ['cluster-conformance.spec', report.suite.spec],
    ['target', report.target],
    ['runtime', `${report.runtime.name} ${report.runtime.version}`],
    ...(report.shard ? [['shard', formatShard(report.shard)] as [string, string]] : []),
    ...(report.profile ? [['profile', report.profile] as [string, string]] : []),
    // Both profiles' clause scores, whichever one the run is gated on.
    ...Object.entries(report.scores ?? {}).flatMap(([profile, score]): [string, string][] => [[`score.${profile}.passed`, String(score.passed)], [`score.${profile}.total`, String(score.total)]]),
  ];
  return ['    <properties>', ...values.map(([name, value]) => `      <property name="${name}" value="${escapeXml(value)}"/>`), '    </properties>'];
}

export function junitReport(report: Report): string {
  const header = properties(report);
  const suites = [...bySection(gatedResults(report))].map(([section, results]) => {
    const count = (...statuses: Result['status'][]) => results.filter((r) => statuses.includes(r.status)).length;
    const time = seconds(results.reduce((sum, r) => sum + r.durationMs, 0));
    return [
      `  <testsuite name="${escapeXml(section)}" tests="${results.length}" failures="${count('fail', 'xpass')}" errors="0" skipped="${count('skip', 'xfail')}" time="${time}">`,
      ...header,
      ...results.map((result) => testcase(section, result)),
      '  </testsuite>',
    ].join('\n');
  });
  const s = report.summary;
  const name = escapeXml(`${formatSuiteVersion(report.suite)}: ${report.target} on ${report.runtime.name} ${report.runtime.version}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${s.total}" failures="${s.failed + s.unexpectedPasses}" errors="0" skipped="${s.skipped + s.expectedFailures}" time="${seconds(s.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
