#!/usr/bin/env node
// cluster-conformance: checks a cluster implementation against SPEC.md.
// Exit 0 when every result matches expectations, 1 otherwise, 2 on usage errors.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HELP, parseCliOptions, parseMergeOptions, type CliOptions, type MergeOptions } from './cli-options.js';
import { defaultExpectationsPath, loadExpectations, type ExpectationMap, type ExpectationsFile } from './expectations.js';
import { listClauses, specClauseOrder } from './list.js';
import { mergeReports, type MergeInput } from './merge.js';
import { collectChecks } from './registry.js';
import { REPORTERS } from './reporters/index.js';
import { progressLine } from './reporters/spec.js';
import { buildReport, formatScores, gatedResults, isSuccess, type Report, type Result } from './results.js';
import { notApplicable, specClauseIndex, withProfiles } from './profiles.js';
import { killActiveRuns } from './run-fixture.js';
import { runSuite } from './run-suite.js';
import { resolveRuntime, type Runtime } from './runtimes.js';
import { selectChecks, type SelectedCheck } from './select-checks.js';
import { formatSuiteVersion, suiteVersion } from './suite-version.js';
import { probeTarget, resolveTarget, type Target } from './targets.js';
import { updateExpectations } from './update-expectations.js';
import { UsageError } from './usage-error.js';

const SPEC_TESTS_DIR = fileURLToPath(new URL('../spec-tests/', import.meta.url));

function specTestFiles(): string[] {
  return readdirSync(SPEC_TESTS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(SPEC_TESTS_DIR, file));
}

function emit(text: string, output: string | undefined): void {
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
}

type ReportOutputs = Pick<CliOptions, 'output' | 'reportFiles'>;

/** Refuses, before any work, report files whose directory does not exist. */
function checkOutputDirectories(options: ReportOutputs): void {
  const files = [...(options.output !== undefined ? [{ option: `--output ${options.output}`, file: options.output }] : []), ...options.reportFiles.map(({ reporter, file }) => ({ option: `--reporter ${reporter}=${file}`, file }))];
  for (const { option, file } of files) {
    const dir = path.dirname(path.resolve(file));
    if (!existsSync(dir)) throw new UsageError(`${option}: directory ${dir} does not exist`);
  }
}

/** The main report to stdout or --output, and each --reporter NAME=FILE. */
function writeReports(report: Report, options: ReportOutputs & { reporter: string }): void {
  emit(REPORTERS[options.reporter](report), options.output);
  for (const { reporter, file } of options.reportFiles) writeFileSync(file, REPORTERS[reporter](report));
}

/** Runs the suite `options.repeat` times; returns the first failing round's report, else the last one's. */
async function runRounds(checks: SelectedCheck[], options: CliOptions, target: Target, runtime: Runtime, expectations: ExpectationMap, nodeVersion: string | undefined): Promise<{ report: Report; ok: boolean }> {
  const live = process.stderr.isTTY === true;
  const clauseOrder = specClauseOrder();
  const index = specClauseIndex();
  let shown: { report: Report; ok: boolean } | undefined;
  for (let round = 1; round <= options.repeat; round++) {
    const started = Date.now();
    let failedChecks = 0;
    const results: Result[] = await runSuite(checks, {
      target,
      runtime,
      timeoutMs: options.timeoutMs,
      jobs: options.jobs,
      expectations,
      notApplicable: (clause) => notApplicable(index, clause, nodeVersion),
      onProgress: (done, total, latest) => {
        if (latest.some((r) => r.status === 'fail' || r.status === 'xpass')) failedChecks += 1;
        if (live) process.stderr.write(progressLine(done, total, failedChecks));
      },
    });
    if (live) process.stderr.write('\n');
    const header = {
      suite: suiteVersion(),
      target: target.name,
      runtime: { name: runtime.name, version: runtime.version, path: runtime.path },
      profile: options.profile,
      ...(options.shard ? { shard: options.shard } : {}),
    };
    const report = buildReport(header, results.map((result) => withProfiles(result, index)), Date.now() - started, clauseOrder);
    const { summary } = report;
    const ok = isSuccess(summary);
    if (options.repeat > 1) {
      process.stderr.write(`run ${round}/${options.repeat}: ${ok ? 'ok' : 'FAILED'} — ${summary.passed} passed, ${summary.failed} failed, ${summary.expectedFailures} xfail, ${summary.unexpectedPasses} xpass, ${summary.skipped} skipped in ${(summary.durationMs / 1000).toFixed(1)} s; ${formatScores(report.scores!, options.profile)}\n`);
    }
    if (!shown || (shown.ok && !ok)) shown = { report, ok };
  }
  return shown!;
}

function rewriteExpectations(file: string, report: Report, runtime: Runtime, target: Target): void {
  const before: ExpectationsFile = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { description: `Known failures of ${target.name} on ${runtime.name} ${runtime.version}, written by --update-expectations; replace each "untriaged" issue with where it is tracked.` };
  const { file: after, added, removed } = updateExpectations(before, gatedResults(report), runtime);
  writeFileSync(file, JSON.stringify(after, null, 2) + '\n');
  process.stderr.write(`updated ${file}: ${added.length} added${added.length ? ` (${added.join(', ')})` : ''}, ${removed.length} removed${removed.length ? ` (${removed.join(', ')})` : ''}\n`);
}

async function main(options: CliOptions): Promise<number> {
  if (options.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (options.version) {
    process.stdout.write(formatSuiteVersion(suiteVersion()) + '\n');
    return 0;
  }
  checkOutputDirectories(options);
  suiteVersion();
  const runtime = resolveRuntime(options.runtime);
  const target = resolveTarget(options.target);
  const updating = options.updateExpectations;
  const expectationsFile = updating !== undefined ? (existsSync(updating) ? updating : undefined) : (options.expect ?? defaultExpectationsPath(target.name, options.profile));
  const expectations = expectationsFile ? loadExpectations(expectationsFile, runtime) : {};
  const checks = selectChecks(await collectChecks(specTestFiles(), (file) => import(pathToFileURL(file).href)), options);
  if (options.list) {
    emit(listClauses(checks, options.reporter, options.clauses), options.output);
    return 0;
  }
  if (checks.length === 0) throw new UsageError('no check matches the --grep/--clause/--shard selection');
  const { missing, nodeVersion } = await probeTarget(target, runtime, options.timeoutMs);
  if (missing.length > 0) process.stderr.write(`note: target ${target.name} lacks ${missing.join(', ')}; checks using them will fail\n`);
  const { report, ok } = await runRounds(checks, options, target, runtime, expectations, nodeVersion);
  writeReports(report, options);
  if (updating !== undefined) {
    rewriteExpectations(updating, report, runtime, target);
    return 0;
  }
  return ok ? 0 : 1;
}

function readReport(file: string): MergeInput {
  try {
    return { file, data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`merge: cannot read ${file}: ${reason}`);
  }
}

/** `merge FILE...`: exit 0 when the merged results match expectations, 1 otherwise. */
function merge(options: MergeOptions): number {
  if (options.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  checkOutputDirectories(options);
  const report = mergeReports(options.files.map(readReport), suiteVersion(), specClauseOrder());
  writeReports(report, options);
  return isSuccess(report.summary) ? 0 : 1;
}

// Stopped from outside: take the fixtures down too, and exit the way a signalled process reports it.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    killActiveRuns();
    process.exit(code);
  });
}

try {
  const argv = process.argv.slice(2);
  process.exitCode = argv[0] === 'merge' ? merge(parseMergeOptions(argv.slice(1))) : await main(parseCliOptions(argv));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`cluster-conformance: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`cluster-conformance: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  }
} finally {
  killActiveRuns();
}
