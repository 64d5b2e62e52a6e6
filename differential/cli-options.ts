// Options of `npm run differential` (pure): argv in, options out, UsageError on anything unclear.
import { UsageError } from '../runner/usage-error.js';

export interface DifferentialOptions {
  runs: number;
  seed: number;
  /** Replays (and shrinks) the program at this fast-check path instead of searching. */
  path?: string;
  target: string;
  /** Runs the target's programs (default: the Node running the command). */
  runtime?: string;
  /** Runs node:cluster's programs, the expected behaviour (default: the Node running the command). */
  baselineRuntime?: string;
  parallel: number;
  timeoutMs: number;
  /**
   * Which differences a Finding explains: `all` (default for `reference`, whose differences from Node are the
   * Findings), `pending` (default for `reference-node`: only Findings its Node mode does not follow yet), `none`.
   */
  explain: 'all' | 'pending' | 'none';
  /** Keep searching after an unexplained difference (no shrinking), to count them all. */
  keepGoing: boolean;
  /** Where shrunk programs are written as scripts. */
  out?: string;
  maxRawSteps?: number;
  help: boolean;
}

export const DEFAULT_RUNS = 100;
export const DEFAULT_TIMEOUT_MS = 60_000;

export const HELP = `Usage: npm run differential -- [options]

Generates random cluster programs, runs each on node:cluster and on a target, and compares what they observed.
An unexplained difference is shrunk to a small program, printed, and written as a standalone script.

  --runs N                  programs to generate (default ${DEFAULT_RUNS})
  --seed S                  fast-check seed (default: random; printed)
  --path P                  replay the program at this path (printed with a failure; needs --seed) and shrink it
  --target reference-node|reference|node:cluster|PATH
                            implementation compared with node:cluster (default reference-node)
  --runtime node|bun|deno|PATH  runs the target's programs (default: this Node)
  --baseline-runtime PATH   runs node:cluster's programs (default: this Node)
  --parallel N              programs at a time, each on both sides at once (default 2)
  --timeout MS              limit per program run (default ${DEFAULT_TIMEOUT_MS})
  --explain / --no-explain  count differences matching a SPEC.md Finding as explained, or none (default: all
                            Findings for reference; for reference-node only those its Node mode does not follow yet,
                            differential/explained.ts NOT_YET_IN_NODE_MODE)
  --keep-going              go on after an unexplained difference, without shrinking, and count them all
  --out DIR                 where shrunk programs are written (default: a directory under the system's temp dir)
  --max-steps N             raw steps drawn per program before legalizing (default 24)
  --help                    this text

Exit status: 0 when every program behaved the same (or differed only as Findings explain), 1 on an unexplained
difference, 2 on usage errors.`;

const FLAGS = new Set(['explain', 'no-explain', 'keep-going', 'help']);
const VALUES = new Set(['runs', 'seed', 'path', 'target', 'runtime', 'baseline-runtime', 'parallel', 'timeout', 'out', 'max-steps']);

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) throw new UsageError(`--${name} expects an integer from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return value;
}

export function parseDifferentialOptions(argv: readonly string[], randomSeed: () => number): DifferentialOptions {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new UsageError(`unexpected argument ${JSON.stringify(argv[i])} (see --help)`);
    const [, name, inline] = match;
    if (FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (VALUES.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values[name] = value;
    } else {
      throw new UsageError(`unknown option --${name} (see --help)`);
    }
  }
  if (flags.has('explain') && flags.has('no-explain')) throw new UsageError('--explain and --no-explain contradict each other');
  if (values.path !== undefined) {
    if (!/^\d+(:\d+)*$/.test(values.path)) throw new UsageError(`--path must look like 3:0:1 (as printed with a failure), got ${JSON.stringify(values.path)}`);
    if (values.seed === undefined) throw new UsageError('--path replays a program only together with its --seed');
  }
  const target = values.target ?? 'reference-node';
  return {
    runs: values.runs === undefined ? DEFAULT_RUNS : integer('runs', values.runs, 1, 1_000_000),
    seed: values.seed === undefined ? randomSeed() : integer('seed', values.seed, -(2 ** 31), 2 ** 31 - 1),
    path: values.path,
    target,
    runtime: values.runtime,
    baselineRuntime: values['baseline-runtime'],
    parallel: values.parallel === undefined ? 2 : integer('parallel', values.parallel, 1, 64),
    timeoutMs: values.timeout === undefined ? DEFAULT_TIMEOUT_MS : integer('timeout', values.timeout, 1_000, 3_600_000),
    explain: flags.has('explain') ? 'all' : flags.has('no-explain') ? 'none' : target === 'reference' ? 'all' : target === 'reference-node' ? 'pending' : 'none',
    keepGoing: flags.has('keep-going'),
    out: values.out,
    maxRawSteps: values['max-steps'] === undefined ? undefined : integer('max-steps', values['max-steps'], 1, 200),
    help: flags.has('help'),
  };
}
