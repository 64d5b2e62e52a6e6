// The documented JSON report shape (runner/README.md), as a validator (pure): returns the list of
// violations, empty when the object conforms. `merge` checks its input with it; the self-tests their output.
const STATUSES = ['pass', 'fail', 'skip', 'xfail', 'xpass'];
const SUMMARY_KEYS = ['total', 'passed', 'failed', 'skipped', 'expectedFailures', 'unexpectedPasses', 'durationMs'];
const PROFILES = ['doc', 'node'];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function reportViolations(report: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(report)) return ['report is not an object'];
  const suite = report.suite;
  if (!isObject(suite) || typeof suite.version !== 'string' || typeof suite.spec !== 'string') problems.push('suite needs string version and spec');
  const shard = report.shard;
  if (shard !== undefined && (!isObject(shard) || !Number.isInteger(shard.index) || !Number.isInteger(shard.count) || (shard.index as number) < 1 || (shard.index as number) > (shard.count as number))) {
    problems.push('shard needs integers 1 <= index <= count');
  }
  if (typeof report.target !== 'string') problems.push('target is not a string');
  const runtime = report.runtime;
  if (!isObject(runtime) || !['name', 'version', 'path'].every((key) => typeof runtime[key] === 'string')) problems.push('runtime needs string name, version, path');
  const summary = report.summary;
  if (!isObject(summary)) problems.push('summary is not an object');
  else for (const key of SUMMARY_KEYS) if (!Number.isInteger(summary[key]) || (summary[key] as number) < 0) problems.push(`summary.${key} is not a non-negative integer`);
  if (!PROFILES.includes(report.profile as string)) problems.push('profile is not doc or node');
  const scores = report.scores;
  if (!isObject(scores)) problems.push('scores is not an object');
  else {
    for (const profile of PROFILES) {
      const score = scores[profile];
      if (!isObject(score) || !['passed', 'failed', 'total'].every((key) => Number.isInteger(score[key]))) problems.push(`scores.${profile} needs integer passed, failed, total`);
      else if ((score.passed as number) + (score.failed as number) !== score.total) problems.push(`scores.${profile}: passed + failed differs from total`);
    }
  }
  if (!Array.isArray(report.results)) return [...problems, 'results is not an array'];
  report.results.forEach((result: unknown, i) => {
    if (!isObject(result)) {
      problems.push(`results[${i}] is not an object`);
      return;
    }
    if (typeof result.clause !== 'string' || !/^[a-z]+(\.[A-Za-z]+)*-\d{2}$/.test(result.clause)) problems.push(`results[${i}].clause is not a clause ID`);
    if (typeof result.test !== 'string') problems.push(`results[${i}].test is not a string`);
    if (!STATUSES.includes(result.status as string)) problems.push(`results[${i}].status is not one of ${STATUSES.join('|')}`);
    if (!Number.isInteger(result.durationMs)) problems.push(`results[${i}].durationMs is not an integer`);
    if (typeof result.message !== 'string') problems.push(`results[${i}].message is not a string`);
    if (!Array.isArray(result.profiles) || !result.profiles.every((p) => PROFILES.includes(p))) problems.push(`results[${i}].profiles is not a list of profiles`);
  });
  const gated = report.results.filter((r) => isObject(r) && Array.isArray(r.profiles) && r.profiles.includes(report.profile));
  if (isObject(summary) && summary.total !== gated.length) problems.push("summary.total differs from the number of results in the gated profile");
  return problems;
}
