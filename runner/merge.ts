// `cluster-conformance merge`: one report from the JSON reports of several runs, typically the
// `--shard I/N` runs of a CI matrix (pure). Reports merge only when they come from this suite (version
// and SPEC.md), the same target and runtime, hold no result twice and, when they are shards, are every
// shard of one split. The merged report is built by buildReport, as a run's is.
import { reportViolations } from './report-schema.js';
import { buildReport, type Report, type Result } from './results.js';
import { formatShard } from './shard.js';
import { formatSuiteVersion, type SuiteVersion } from './suite-version.js';
import { UsageError } from './usage-error.js';

export interface MergeInput {
  file: string;
  /** The file's parsed JSON. */
  data: unknown;
}

function validated({ file, data }: MergeInput): Report {
  const [problem] = reportViolations(data);
  if (problem !== undefined) throw new UsageError(`merge: ${file} is not a JSON report of cluster-conformance (${problem})`);
  return data as Report;
}

/**
 * What must agree between merged reports, by name: suite, target, runtime (name and version; the path
 * may differ between CI machines) and any other header field; not the shard, which tells them apart.
 */
function identity(report: Report): [string, string][] {
  const { summary, scores, results, shard, suite, target, runtime, ...other } = report;
  return [
    ['suite version', suite.version],
    ['SPEC version', suite.spec],
    ['target', target],
    ['runtime', `${runtime.name} ${runtime.version}`],
    ...Object.entries(other).map(([name, value]): [string, string] => [name, JSON.stringify(value)]),
  ];
}

function checkSameRun(reports: readonly { file: string; report: Report }[], current: SuiteVersion): void {
  const [first] = reports;
  const suite = first.report.suite;
  if (suite.version !== current.version || suite.spec !== current.spec) {
    throw new UsageError(`merge: ${first.file} comes from ${formatSuiteVersion(suite)}, this is ${formatSuiteVersion(current)}; merge with the version that ran it`);
  }
  const expected = new Map(identity(first.report));
  for (const { file, report } of reports.slice(1)) {
    const fields = identity(report);
    for (const [name, value] of fields) {
      if (expected.get(name) !== value) throw new UsageError(`merge: ${file} has ${name} ${value ?? 'none'}, ${first.file} has ${expected.get(name) ?? 'none'}`);
    }
    const missing = [...expected.keys()].find((name) => !fields.some(([field]) => field === name));
    if (missing !== undefined) throw new UsageError(`merge: ${file} has no ${missing}, ${first.file} has ${expected.get(missing)}`);
  }
}

/** Shards merge only as the complete set of one split; reports without a shard merge freely. */
function checkShards(reports: readonly { file: string; report: Report }[]): void {
  const sharded = reports.filter(({ report }) => report.shard !== undefined);
  if (sharded.length === 0) return;
  if (sharded.length < reports.length) {
    const whole = reports.find(({ report }) => report.shard === undefined)!;
    throw new UsageError(`merge: ${whole.file} is a whole run, ${sharded[0].file} is shard ${formatShard(sharded[0].report.shard!)}`);
  }
  const count = sharded[0].report.shard!.count;
  const seen = new Map<number, string>();
  for (const { file, report } of sharded) {
    const shard = report.shard!;
    if (shard.count !== count) throw new UsageError(`merge: ${file} is shard ${formatShard(shard)}, ${sharded[0].file} is one of ${count}`);
    if (seen.has(shard.index)) throw new UsageError(`merge: ${file} and ${seen.get(shard.index)} are both shard ${formatShard(shard)}`);
    seen.set(shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) throw new UsageError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} missing`);
}

function checkNoOverlap(reports: readonly { file: string; report: Report }[]): void {
  const owner = new Map<string, string>();
  for (const { file, report } of reports) {
    for (const result of report.results) {
      const key = `${result.clause}\u0000${result.test}`;
      const other = owner.get(key);
      if (other !== undefined) throw new UsageError(`merge: ${result.clause} "${result.test}" is in both ${other} and ${file}`);
      owner.set(key, file);
    }
  }
}

/** The merged report: results of all inputs in SPEC.md order, duration the sum of the runs'. */
export function mergeReports(inputs: readonly MergeInput[], current: SuiteVersion, clauseOrder: readonly string[]): Report {
  if (inputs.length === 0) throw new UsageError('merge: no reports to merge');
  const reports = inputs.map((input) => ({ file: input.file, report: validated(input) }));
  checkSameRun(reports, current);
  checkShards(reports);
  checkNoOverlap(reports);
  const { summary, scores, results, shard, ...header } = reports[0].report;
  const all: Result[] = reports.flatMap(({ report }) => report.results.map(({ clause, test, status, durationMs, message, profiles }) => ({ clause, test, status, durationMs, message, profiles })));
  const durationMs = reports.reduce((sum, { report }) => sum + report.summary.durationMs, 0);
  return buildReport(header, all, durationMs, clauseOrder);
}
