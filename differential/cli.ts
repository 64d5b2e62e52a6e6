#!/usr/bin/env node
// npm run differential: random cluster programs on node:cluster and on a target, compared (README.md here).
import { killActiveRuns } from '../runner/run-fixture.js';
import { resolveRuntime } from '../runner/runtimes.js';
import { probeTarget, resolveTarget } from '../runner/targets.js';
import { UsageError } from '../runner/usage-error.js';
import { HELP, parseDifferentialOptions, type DifferentialOptions } from './cli-options.js';
import { explainByFinding, explainNotYetInNodeMode, NOT_YET_IN_NODE_MODE } from './explained.js';
import { formatFailure, formatSummary } from './report.js';
import { saveProgramScript, type Side } from './run-program.js';
import { search } from './search.js';

function replayCommand(options: DifferentialOptions, seed: number, replayPath: string): string {
  const extra = [
    options.runtime ? `--runtime ${options.runtime}` : '',
    options.baselineRuntime ? `--baseline-runtime ${options.baselineRuntime}` : '',
    options.maxRawSteps ? `--max-steps ${options.maxRawSteps}` : '',
  ].filter(Boolean);
  return ['npm run differential --', `--target ${options.target}`, `--seed ${seed}`, `--path ${replayPath}`, ...extra].join(' ');
}

function explanationNote(explain: DifferentialOptions['explain']): string {
  if (explain === 'all') return ' (Findings explain differences)';
  if (explain === 'pending' && NOT_YET_IN_NODE_MODE.length > 0) return ` (${NOT_YET_IN_NODE_MODE.join(', ')}, not followed by the Node mode yet, explain differences)`;
  return ' (no difference explained)';
}

async function main(): Promise<number> {
  const options = parseDifferentialOptions(process.argv.slice(2), () => Math.floor(Math.random() * 2 ** 31));
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const node = resolveRuntime(options.baselineRuntime);
  if (node.name !== 'node') throw new UsageError(`--baseline-runtime must be Node (node:cluster there is the expected behaviour), got ${node.name}`);
  const baseline: Side = { target: resolveTarget('node:cluster'), runtime: node };
  const target: Side = { target: resolveTarget(options.target), runtime: resolveRuntime(options.runtime) };
  await probeTarget(target.target, target.runtime, options.timeoutMs);
  process.stderr.write(
    `differential: ${options.path ? `replaying path ${options.path}` : `${options.runs} programs`}, seed ${options.seed}, ` +
      `${target.target.name} on ${target.runtime.name} ${target.runtime.version} vs node:cluster on Node ${node.version}` +
      `${explanationNote(options.explain)}\n`,
  );
  const live = process.stderr.isTTY === true;
  const result = await search(baseline, target, {
    runs: options.runs,
    seed: options.seed,
    path: options.path,
    parallel: options.parallel,
    timeoutMs: options.timeoutMs,
    explain: { all: explainByFinding, pending: explainNotYetInNodeMode, none: undefined }[options.explain],
    keepGoing: options.keepGoing,
    maxRawSteps: options.maxRawSteps,
    onProgress: (done, total, verdict) => {
      if (live) process.stderr.write(`\r  ${done}/${total} programs${verdict?.status === 'different' ? ' — a difference; shrinking…' : ''}   `);
    },
  });
  if (live) process.stderr.write('\n');
  for (const failure of result.failures) {
    const replay = replayCommand(options, failure.seed, failure.path);
    const scriptPath = saveProgramScript(failure.program, failure.seed, failure.path, replay, options.out);
    const context = { baseline: 'node:cluster', target: target.target.name, scriptPath, targetSpecifier: target.target.specifier, replay };
    process.stdout.write(`${formatFailure(failure, context)}\n\n`);
  }
  process.stdout.write(`${formatSummary(result, target.target.name, options.seed)}\n`);
  return result.failures.length > 0 || result.errors.length > 0 ? 1 : 0;
}

const stop = () => {
  killActiveRuns();
  process.exit(130);
};
process.once('SIGINT', stop).once('SIGTERM', stop);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    killActiveRuns();
    if (error instanceof UsageError) {
      process.stderr.write(`differential: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`differential: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
