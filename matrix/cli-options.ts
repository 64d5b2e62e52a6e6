// `npm run matrix` arguments (pure): argv in, options out, UsageError on anything unclear.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { UsageError } from '../runner/usage-error.js';
import type { TargetName } from './model.js';
import { RUNTIME_NAMES } from './runtimes.js';

/** A runtime column: a name from the catalogue (fetched), or `name=PATH` for a binary of your own. */
export interface RuntimeChoice {
  name: string;
  path?: string;
}

export interface MatrixOptions {
  runtimes: RuntimeChoice[];
  targets: TargetName[];
  parallel: number;
  /** Runs of each runtime × target; a result failing in any of them fails, marked intermittent. */
  repeat: number;
  jobs: number;
  timeoutMs: number;
  out: string;
  cache?: string;
  renderOnly: boolean;
  /** Passed on to every run: --clause and --grep. */
  runnerArgs: string[];
  help: boolean;
}

export const MATRIX_HELP = `Usage: npm run matrix -- [options]

Runs the conformance suite for every runtime × target and writes CONFORMANCE.md, conformance/index.html
and conformance/matrix.json. Runtimes are fetched from the npm registry into .cache/runtimes/.

  --runtimes LIST   runtimes to run, comma-separated (default: ${RUNTIME_NAMES.join(',')});
                    NAME=PATH adds a runtime binary of your own as column NAME
  --targets LIST    node:cluster, reference, reference-node (default all three; reference-node is gated on the
                    node profile, the others on doc)
  --parallel N      runs at the same time (default: the number of cores)
  --jobs N          checks in parallel inside each run (default 2)
  --repeat N        run each runtime × target N times; a result failing in some runs only fails, marked
                    "intermittent: failed in K of N runs" (default 1)
  --timeout MS      limit per run, after which its column is "not available" (default 600000)
  --clause ID...    only these clauses or sections (passed on to each run)
  --grep PATTERN    only checks whose name or clause IDs match (passed on to each run)
  --out DIR         where CONFORMANCE.md and conformance/ are written (default: the repository root)
  --cache DIR       where runtimes are fetched to (default .cache/runtimes)
  --render-only     re-render the reports from DIR/conformance/matrix.json; run nothing
  --help            this text`;

const TARGETS: TargetName[] = ['node:cluster', 'reference', 'reference-node'];

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} expects a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

export function parseRuntime(text: string): RuntimeChoice {
  const custom = /^([A-Za-z0-9_.@-]+)=(.+)$/.exec(text);
  if (custom) return { name: custom[1], path: custom[2] };
  if (!RUNTIME_NAMES.includes(text)) throw new UsageError(`unknown runtime ${JSON.stringify(text)}; known: ${RUNTIME_NAMES.join(' ')}, or NAME=PATH`);
  return { name: text };
}

export function parseMatrixOptions(argv: string[], root: string): MatrixOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        runtimes: { type: 'string', multiple: true },
        targets: { type: 'string', multiple: true },
        parallel: { type: 'string' },
        repeat: { type: 'string' },
        jobs: { type: 'string' },
        timeout: { type: 'string' },
        clause: { type: 'string', multiple: true },
        grep: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        'render-only': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const runtimes = list(parsed.runtimes).map(parseRuntime);
  const names = runtimes.map((r) => r.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new UsageError(`runtime ${duplicate} is given twice`);
  const targets = list(parsed.targets);
  const unknown = targets.find((t) => !TARGETS.includes(t as TargetName));
  if (unknown) throw new UsageError(`unknown target ${JSON.stringify(unknown)}; the matrix runs node:cluster and/or reference`);
  const clauses = list(parsed.clause);
  return {
    runtimes: runtimes.length > 0 ? runtimes : RUNTIME_NAMES.map((name) => ({ name })),
    targets: targets.length > 0 ? [...new Set(targets as TargetName[])] : TARGETS,
    parallel: positive('parallel', parsed.parallel, availableParallelism()),
    jobs: positive('jobs', parsed.jobs, 2),
    repeat: positive('repeat', parsed.repeat, 1),
    timeoutMs: positive('timeout', parsed.timeout, 600_000),
    out: parsed.out ?? root,
    cache: parsed.cache,
    renderOnly: parsed['render-only'] ?? false,
    runnerArgs: [...(clauses.length > 0 ? ['--clause', clauses.join(',')] : []), ...(parsed.grep !== undefined ? ['--grep', parsed.grep] : [])],
    help: parsed.help ?? false,
  };
}
