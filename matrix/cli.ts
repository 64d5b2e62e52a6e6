#!/usr/bin/env node
// `npm run matrix`: the conformance suite for every runtime × target, as CONFORMANCE.md, an HTML
// report and JSON. A runtime that cannot be fetched or started becomes a "not available" column.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../runner/usage-error.js';
import { runCommand } from './command.js';
import { currentSpec } from './current-spec.js';
import { MATRIX_HELP, parseMatrixOptions, type MatrixOptions, type RuntimeChoice } from './cli-options.js';
import { mergeRounds } from './merge-rounds.js';
import { pool } from './pool.js';
import { buildMatrix, refreshMetadata, type ConformanceMatrix, type RunOutcome } from './model.js';
import { runCell } from './run-cell.js';
import { installRuntime } from './runtimes.js';
import { reportPaths, writeReports } from './write-reports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function log(line: string): void {
  process.stderr.write(`matrix: ${line}\n`);
}

function describe(outcome: RunOutcome, seconds: number): string {
  const id = `${outcome.runtime}/${outcome.target}`;
  if (!outcome.report) return `${id}: not available — ${outcome.reason}`;
  const { runtime, summary } = outcome.report;
  return `${id}: ${runtime.name} ${runtime.version}, ${summary.passed + summary.unexpectedPasses} passed, ${summary.failed + summary.expectedFailures} failed, ${summary.skipped} skipped (${seconds.toFixed(0)} s)`;
}

async function runAll(options: MatrixOptions): Promise<RunOutcome[]> {
  const cache = path.resolve(options.cache ?? path.join(ROOT, '.cache', 'runtimes'));
  const limit = pool(options.parallel);
  const perRuntime = options.runtimes.map(async (choice: RuntimeChoice): Promise<RunOutcome[]> => {
    let binary: string;
    try {
      binary = choice.path ? path.resolve(choice.path) : await installRuntime(cache, choice.name);
    } catch (error) {
      const reason = `could not be installed: ${(error as Error).message}`;
      log(`${choice.name}: ${reason}`);
      return options.targets.map((target) => ({ runtime: choice.name, target, reason }));
    }
    return Promise.all(
      options.targets.map((target) =>
        Promise.all(
          Array.from({ length: options.repeat }, () =>
            limit(async () => {
              const started = Date.now();
              const outcome = await runCell({ runtime: choice.name, binary, target, jobs: options.jobs, timeoutMs: options.timeoutMs, extraArgs: options.runnerArgs });
              log(describe(outcome, (Date.now() - started) / 1000));
              return outcome;
            }),
          ),
        ).then(mergeRounds),
      ),
    );
  });
  return (await Promise.all(perRuntime)).flat();
}

function build(outcomes: RunOutcome[], argv: string[]): ConformanceMatrix {
  const { clauses, sections, tags } = currentSpec(ROOT);
  const now = new Date().toISOString();
  return buildMatrix({
    clauses,
    sections,
    tags,
    outcomes,
    generatedAt: `${now.slice(0, 10)} ${now.slice(11, 16)} UTC`,
    machine: `${os.type()} ${os.arch()}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    command: ['npm run matrix', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
  });
}

async function main(argv: string[]): Promise<number> {
  const options = parseMatrixOptions(argv, ROOT);
  if (options.help) {
    process.stdout.write(MATRIX_HELP + '\n');
    return 0;
  }
  const paths = reportPaths(path.resolve(options.out));
  let matrix: ConformanceMatrix;
  if (options.renderOnly) {
    let saved: Partial<ConformanceMatrix>;
    try {
      saved = JSON.parse(readFileSync(paths.json, 'utf8'));
    } catch (error) {
      throw new UsageError(`--render-only: cannot read ${paths.json}: ${(error as Error).message}`);
    }
    if (!Array.isArray(saved?.columns) || !Array.isArray(saved.rows) || !Array.isArray(saved.sections)) {
      throw new UsageError(`--render-only: ${paths.json} is not a matrix written by npm run matrix (no columns, rows and sections)`);
    }
    const { clauses, tags } = currentSpec(ROOT);
    matrix = refreshMetadata(saved as ConformanceMatrix, clauses, tags);
  } else {
    const started = Date.now();
    matrix = build(await runAll(options), argv);
    log(`${matrix.columns.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  writeReports(matrix, paths, ROOT);
  log(`wrote ${[paths.markdown, paths.html, paths.json].map((p) => path.relative(process.cwd(), p) || p).join(', ')}`);
  return 0;
}

runCommand('matrix', main);
