// `--reporter junit`: JUnit XML, one <testsuite> per doc section, one
// <testcase> per result. xfail and skip are <skipped>; fail and xpass <failure>.
import { bySection, gatedResults, type Report, type Result } from '../results.js';

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

/** Both profiles' clause scores, as properties of the whole run. */
function scoreProperties(scores: NonNullable<Report['scores']>, profile: string): string {
  const property = (name: string, value: string | number) => `    <property name="${escapeXml(name)}" value="${escapeXml(String(value))}"/>`;
  const entries = Object.entries(scores).flatMap(([p, s]) => [property(`score.${p}.passed`, s.passed), property(`score.${p}.total`, s.total)]);
  return ['  <properties>', property('profile', profile), ...entries, '  </properties>'].join('\n');
}

export function junitReport(report: Report): string {
  const suites = [...bySection(gatedResults(report))].map(([section, results]) => {
    const count = (...statuses: Result['status'][]) => results.filter((r) => statuses.includes(r.status)).length;
    const time = seconds(results.reduce((sum, r) => sum + r.durationMs, 0));
    return [
      `  <testsuite name="${escapeXml(section)}" tests="${results.length}" failures="${count('fail', 'xpass')}" errors="0" skipped="${count('skip', 'xfail')}" time="${time}">`,
      ...results.map((result) => testcase(section, result)),
      '  </testsuite>',
    ].join('\n');
  });
  const s = report.summary;
  const name = escapeXml(`cluster-conformance ${report.target} on ${report.runtime.name} ${report.runtime.version}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${s.total}" failures="${s.failed + s.unexpectedPasses}" errors="0" skipped="${s.skipped + s.expectedFailures}" time="${seconds(s.durationMs)}">`,
    ...(report.scores && report.profile ? [scoreProperties(report.scores, report.profile)] : []),
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
