// `npm run teeth` arguments (pure): argv in, options out, UsageError on anything unclear.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../runner/usage-error.js';
import { splitIds } from './header.js';

export interface TeethOptions {
  /** Clause IDs, section slugs or planted file names; empty = every planted module. */
  only: string[];
  /** The npm-test sample: this many quick modules, written nowhere unless --out. */
  sample?: number;
  /** Passed on to the runner: the program that runs the fixtures (default: the Node running teeth). */
  runtime?: string;
  /** Modules that also run against the whole suite. */
  full: number;
  parallel: number;
  jobs: number;
  /** Per check, passed on to the runner. */
  timeoutMs: number;
  /** Per run of the runner, after which its process group is killed. */
  runTimeoutMs: number;
  out?: string;
  renderOnly: boolean;
  help: boolean;
}

export const DEFAULT_FULL_SAMPLE = 3;

export const TEETH_HELP = `Usage: npm run teeth -- [options]

Runs every planted violation of teeth/planted/ against the tests of the clauses it breaks, compares with the
unbroken base (node:cluster, or the reference), and writes teeth/results.json and TEETH.md.

  --only LIST       only the planted modules breaking these clauses or sections, or with these file names
                    (comma- or space-separated, repeatable); merged into the existing results.json
  --sample N        N quick planted modules spread over the corpus (the npm-test sample); writes nothing
                    unless --out is given
  --full N          this many planted modules also run against the whole suite (default ${DEFAULT_FULL_SAMPLE} for a
                    run of every module, else 0)
  --runtime R       passed on to every run of the runner: node (default), or the path of another Node, for
                    clauses that apply from some Node version on
  --parallel N      runs of the runner at once (default: the number of cores)
  --jobs N          checks in parallel inside each run (default 2)
  --timeout MS      limit per check, passed on to the runner (default 20000)
  --run-timeout MS  limit per run of the runner (default 300000)
  --out DIR         write DIR/results.json and DIR/TEETH.md instead of teeth/results.json and TEETH.md
  --render-only     re-render TEETH.md from results.json with SPEC.md and the reasons as they are now; run nothing
  --help            this text

Exit status: 0 when every planted violation run was caught, 1 otherwise, 2 on a usage error or a corpus error.`;

function count(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} expects an integer ≥ ${min}, got ${JSON.stringify(text)}`);
  return value;
}

export function parseTeethOptions(argv: string[]): TeethOptions {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: 'string', multiple: true },
        sample: { type: 'string' },
        full: { type: 'string' },
        runtime: { type: 'string' },
        parallel: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        'run-timeout': { type: 'string' },
        out: { type: 'string' },
        'render-only': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const only = (values.only ?? []).flatMap(splitIds);
  const sample = values.sample === undefined ? undefined : count('sample', values.sample, 0);
  if (sample !== undefined && only.length > 0) throw new UsageError('--sample picks its own modules; leave out --only');
  const partial = sample !== undefined || only.length > 0;
  return {
    only,
    sample,
    full: count('full', values.full, partial ? 0 : DEFAULT_FULL_SAMPLE, 0),
    runtime: values.runtime,
    parallel: count('parallel', values.parallel, availableParallelism()),
    jobs: count('jobs', values.jobs, 2),
    timeoutMs: count('timeout', values.timeout, 20_000),
    runTimeoutMs: count('run-timeout', values['run-timeout'], 300_000),
    out: values.out,
    renderOnly: values['render-only'] ?? false,
    help: values.help ?? false,
  };
}
