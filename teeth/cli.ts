#!/usr/bin/env node
// `npm run teeth`: every planted violation of teeth/planted/ against the tests of the clauses it breaks, judged
// against its unbroken base; writes teeth/results.json and TEETH.md. Exit 0 when all were caught.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../matrix/command.js';
import { UsageError } from '../runner/usage-error.js';
import { parseSpec } from '../trace/spec-parser.js';
import { checkCorpus, readCorpus, RESULTS_FILE, SUMMARY_FILE } from './corpus.js';
import { mergeRun, refresh, type RunInfo, type TeethResults } from './model.js';
import { parseTeethOptions, TEETH_HELP } from './options.js';
import { duration, renderTeeth } from './render.js';
import { runPlanted } from './run.js';
import { evenlySpaced, quickOnes, selectOnly, type EarlierRun } from './select.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMITTED = { json: path.join(ROOT, RESULTS_FILE), markdown: path.join(ROOT, SUMMARY_FILE) };
/** A module whose earlier run took longer than this stays out of the npm-test sample. */
const QUICK_MS = 10_000;

function log(line: string): void {
  process.stderr.write(`teeth: ${line}\n`);
}

function readResults(file: string): TeethResults | undefined {
  if (!existsSync(file)) return undefined;
  let data: Partial<TeethResults>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data?.modules) || !Array.isArray(data.updates)) throw new UsageError(`${file} is not written by npm run teeth (no modules and updates)`);
  return data as TeethResults;
}

function earlierRuns(results: TeethResults | undefined): EarlierRun[] {
  return (results?.modules ?? []).map((m) => ({
    file: m.file,
    durationMs: m.durationMs,
    caught: m.verdicts.every((v) => v.outcome === 'caught'),
    kinds: m.verdicts.flatMap((v) => v.caughtBy.map((c) => c.kind)),
  }));
}

function write(results: TeethResults, files: { json: string; markdown: string }): void {
  const root = path.relative(path.dirname(files.markdown), ROOT).split(path.sep).join('/');
  writeFileSync(files.json, JSON.stringify(results, null, 1) + '\n');
  writeFileSync(files.markdown, renderTeeth(results, root ? `${root}/` : ''));
  log(`wrote ${[files.json, files.markdown].map((f) => path.relative(process.cwd(), f) || f).join(', ')}`);
}

async function main(argv: string[]): Promise<number> {
  const options = parseTeethOptions(argv);
  if (options.help) {
    process.stdout.write(TEETH_HELP + '\n');
    return 0;
  }
  const spec = parseSpec(readFileSync(path.join(ROOT, 'SPEC.md'), 'utf8'), 'SPEC.md');
  const { corpus, problems } = readCorpus(ROOT);
  problems.push(...checkCorpus(corpus, spec.clauses));
  if (problems.length > 0) throw new UsageError(`the corpus cannot be run:\n  ${problems.join('\n  ')}`);
  // Refused before the run, not after it: results would be lost.
  if (options.out && !existsSync(path.resolve(options.out))) throw new UsageError(`--out: directory ${path.resolve(options.out)} does not exist`);
  const files = options.out ? { json: path.join(path.resolve(options.out), 'results.json'), markdown: path.join(path.resolve(options.out), 'TEETH.md') } : COMMITTED;
  const previous = readResults(files.json);
  if (options.renderOnly) {
    if (!previous) throw new UsageError(`--render-only: ${files.json} does not exist`);
    write(refresh(previous, spec, corpus.reasons), files);
    return 0;
  }

  const partial = options.sample !== undefined || options.only.length > 0;
  const modules = options.sample !== undefined ? evenlySpaced(quickOnes(corpus.modules, earlierRuns(readResults(COMMITTED.json)), QUICK_MS), options.sample) : selectOnly(corpus.modules, options.only);
  const fullSuite = new Set(evenlySpaced(modules, options.full).map((m) => m.file));
  const started = Date.now();
  const now = new Date().toISOString();
  const ranAt = `${now.slice(0, 10)} ${now.slice(11, 16)} UTC`;
  log(`${modules.length} planted modules (${fullSuite.size} also over the whole suite), ${options.parallel} runs at once`);
  const ran = await runPlanted(modules, fullSuite, { root: ROOT, runtime: options.runtime, parallel: options.parallel, jobs: options.jobs, timeoutMs: options.timeoutMs, runTimeoutMs: options.runTimeoutMs, ranAt, log });
  const info: RunInfo = {
    generatedAt: ranAt,
    command: ['npm run teeth', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
    durationMs: Date.now() - started,
    runtime: ran.runtime ?? options.runtime ?? 'node',
    machine: `${os.type()} ${os.arch()}, ${os.availableParallelism()} cores`,
    modules: modules.length,
    baselines: ran.baselines,
  };
  const verdicts = ran.modules.flatMap((m) => m.verdicts);
  const caught = verdicts.filter((v) => v.outcome === 'caught').length;
  const fullErrors = ran.modules.filter((m) => m.fullSuite?.error).length;
  process.stdout.write(`${caught} of ${verdicts.length} planted violations caught (${modules.length} modules) in ${duration(info.durationMs)}\n`);
  for (const v of verdicts.filter((v) => v.outcome !== 'caught')) process.stdout.write(`  ${v.outcome}: ${v.clause}: ${v.note ?? ''}\n`);
  if (fullErrors > 0) process.stdout.write(`  ${fullErrors} full-suite runs gave no report\n`);
  if (options.sample === undefined || options.out) {
    const merged = mergeRun(previous, { info, modules: ran.modules, full: !partial }, corpus);
    write(refresh(merged, spec, corpus.reasons), files);
  }
  return caught === verdicts.length && fullErrors === 0 ? 0 : 1;
}

runCommand('teeth', main);
