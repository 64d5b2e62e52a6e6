// Command-line parsing (pure): argv in, options out, UsageError on anything unclear.
import { availableParallelism } from 'node:os';
import { isProfile, PROFILES, type Profile } from '../trace/profiles.js';
import { DEFAULT_CHECK_TIMEOUT_MS } from './execute-check.js';
import { REPORTERS } from './reporters/index.js';
import { parseShard, type Shard } from './shard.js';
import { UsageError } from './usage-error.js';

export interface CliOptions {
  target?: string;
  runtime?: string;
  /** The profile the run is gated on; both profiles' scores are reported. */
  profile: Profile;
  reporter: string;
  output?: string;
  /** Further reports written to files: `--reporter NAME=FILE`. */
  reportFiles: { reporter: string; file: string }[];
  expect?: string;
  /** `--update-expectations FILE`: run with FILE's expectations (if it exists), then rewrite it to match the run. */
  updateExpectations?: string;
  grep?: RegExp;
  clauses: string[];
  shard?: Shard;
  jobs: number;
  timeoutMs: number;
  repeat: number;
  list: boolean;
  help: boolean;
  /** `--version`: print the suite and SPEC versions, run nothing. */
  version: boolean;
}

/** `cluster-conformance merge FILE... [--reporter …] [--output FILE]`. */
export interface MergeOptions {
  files: string[];
  reporter: string;
  output?: string;
  reportFiles: { reporter: string; file: string }[];
  help: boolean;
}

export const HELP = `Usage: cluster-conformance [options]
       cluster-conformance merge FILE... [--reporter NAME] [--reporter NAME=FILE] [--output FILE]

Checks a cluster implementation against the clauses of SPEC.md.

  --target node:cluster|reference|reference-node|PATH
                                        implementation under test (default node:cluster, the runtime's built-in;
                                        reference-node: the reference in its Node-compatible mode)
  --profile doc|node                    what the run is gated on (default doc): doc = the cluster page's wording;
                                        node = what Node does (the Node tier, Findings in place of the page's
                                        wording). Both scores are reported either way
  --runtime node|bun|deno|PATH          program that runs the fixtures (default: the Node running this CLI)
  --reporter spec|tap|json|junit|markdown  output format (default spec)
  --reporter NAME=FILE                  also write report NAME to FILE (repeatable), e.g. --reporter junit=junit.xml
  --output FILE                         write the report to FILE instead of stdout
  --expect FILE                         expected results (default, profile doc: expectations/<target>.json; profile
                                        node: expectations/<target>.node.json; when present)
  --update-expectations FILE            run with FILE as expectations (when it exists), then rewrite FILE to match the run:
                                        new failures added (issue "untriaged"), entries that passed removed; exit 0
  --grep PATTERN                        only checks whose test name or clause IDs match the regular expression
  --clause ID...                        only these clauses (IDs or section slugs, space- or comma-separated)
  --shard I/N                           only the I-th of N slices of the checks (for CI matrices)
  --jobs N                              checks run in parallel (default: number of cores)
  --timeout MS                          time limit per check, fixtures included (default ${DEFAULT_CHECK_TIMEOUT_MS})
  --repeat N, --times N                 run the suite N times; fails if any run fails
  --list                                list clauses and the tests that check them; run nothing
  --version                             print the suite version and the SPEC.md version (a hash of it)
  --help                                this text

merge: one report from the JSON reports (--reporter json) of several runs, e.g. the --shard runs of a CI
matrix, in any reporter format; refuses reports of different suite or SPEC versions, targets or runtimes,
results present twice, and an incomplete set of shards.

Exit status: 0 when every result matches expectations, 1 otherwise, 2 on usage errors.`;

const VALUE_OPTIONS = new Set(['target', 'runtime', 'profile', 'reporter', 'output', 'expect', 'update-expectations', 'grep', 'shard', 'jobs', 'timeout', 'repeat', 'times']);

/** `--reporter NAME` sets the main report, `--reporter NAME=FILE` adds a report file. */
function addReporter(value: string, into: { reporter: string; reportFiles: { reporter: string; file: string }[] }): void {
  const [reporter, file] = value.split(/=(.*)/s);
  if (!(reporter in REPORTERS)) throw new UsageError(`unknown reporter ${reporter} (expected ${Object.keys(REPORTERS).join(', ')})`);
  if (file === undefined) into.reporter = reporter;
  else if (file === '') throw new UsageError(`--reporter ${reporter}= expects a file name`);
  else into.reportFiles.push({ reporter, file });
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} expects a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

export function parseCliOptions(argv: readonly string[]): CliOptions {
  const options: CliOptions = { profile: 'doc', reporter: 'spec', reportFiles: [], clauses: [], jobs: availableParallelism(), timeoutMs: DEFAULT_CHECK_TIMEOUT_MS, repeat: 1, list: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument ${JSON.stringify(arg)} (see --help)`);
    const [, name, inline] = match;
    if (name === 'list' || name === 'help' || name === 'version') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    if (name === 'clause') {
      const values = inline !== undefined ? [inline] : [];
      while (inline === undefined && i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
      const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      if (ids.length === 0) throw new UsageError('--clause expects at least one clause ID');
      options.clauses.push(...ids);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option --${name} (see --help)`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} expects a value`);
    switch (name) {
      case 'reporter':
        addReporter(value, options);
        break;
      case 'profile':
        if (!isProfile(value)) throw new UsageError(`unknown profile ${JSON.stringify(value)} (expected ${PROFILES.join(' or ')})`);
        options.profile = value;
        break;
      case 'update-expectations':
        options.updateExpectations = value;
        break;
      case 'grep':
        try {
          options.grep = new RegExp(value);
        } catch (error) {
          throw new UsageError(`--grep: ${(error as Error).message}`);
        }
        break;
      case 'shard':
        options.shard = parseShard(value);
        break;
      case 'jobs':
        options.jobs = positiveInteger(name, value);
        break;
      case 'timeout':
        options.timeoutMs = positiveInteger(name, value);
        break;
      case 'repeat':
      case 'times':
        options.repeat = positiveInteger(name, value);
        break;
      default:
        options[name as 'target' | 'runtime' | 'output' | 'expect'] = value;
    }
  }
  if (options.updateExpectations !== undefined && options.expect !== undefined) {
    throw new UsageError('--update-expectations FILE already uses FILE as the expectations; leave out --expect');
  }
  return options;
}

/** Arguments after `merge`: report files, and where the merged report goes. */
export function parseMergeOptions(argv: readonly string[]): MergeOptions {
  const options: MergeOptions = { files: [], reporter: 'spec', reportFiles: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) {
      options.files.push(arg);
      continue;
    }
    const [, name, inline] = match;
    if (name === 'help' && inline === undefined) {
      options.help = true;
      continue;
    }
    if (name !== 'reporter' && name !== 'output') throw new UsageError(`merge: unknown option --${name} (merge takes FILE..., --reporter and --output)`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} expects a value`);
    if (name === 'reporter') addReporter(value, options);
    else options.output = value;
  }
  if (options.files.length === 0 && !options.help) throw new UsageError('merge expects the JSON report files to merge (written with --reporter json)');
  return options;
}
