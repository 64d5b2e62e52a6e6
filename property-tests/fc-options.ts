/**
 * Replay and depth options for the property tests: `--seed`, `--path`, `--runs` (pure properties) and
 * `--real-runs` (properties on real processes) on the command line (`--name value` or `--name=value`;
 * with tap, pass them through `--test-arg=--seed=42`), or the environment variables FC_SEED, FC_PATH,
 * FC_RUNS, FC_REAL_RUNS. The command line wins. Parsing is pure.
 */

export type FcOptions = { seed?: number; path?: string; runs?: number; realRuns?: number };

const NAMES = { seed: 'FC_SEED', path: 'FC_PATH', runs: 'FC_RUNS', realRuns: 'FC_REAL_RUNS' } as const;
const FLAGS: Record<string, Name> = { '--seed': 'seed', '--path': 'path', '--runs': 'runs', '--real-runs': 'realRuns' };
type Name = keyof typeof NAMES;

export function parseFcOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): FcOptions {
  const raw: Partial<Record<Name, { text: string; from: string }>> = {};
  for (const name of Object.keys(NAMES) as Name[]) {
    const value = env[NAMES[name]];
    if (value !== undefined && value !== '') raw[name] = { text: value, from: NAMES[name] };
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    const name = FLAGS[flag];
    if (name === undefined) continue; // other arguments belong to the test runner
    const text = inline ?? argv[++i];
    if (text === undefined) throw new Error(`${flag} needs a value`);
    raw[name] = { text, from: flag };
  }
  const options: FcOptions = {};
  if (raw.seed) options.seed = integer(raw.seed, -(2 ** 31), 2 ** 31 - 1);
  if (raw.runs) options.runs = integer(raw.runs, 1, 1_000_000);
  if (raw.realRuns) options.realRuns = integer(raw.realRuns, 1, 10_000);
  if (raw.path) {
    if (!/^\d+(:\d+)*$/.test(raw.path.text)) {
      throw new Error(`${raw.path.from} must look like 3:0:1 (the path fast-check printed), got "${raw.path.text}"`);
    }
    if (options.seed === undefined) throw new Error(`${raw.path.from} replays a failure only together with its seed`);
    options.path = raw.path.text;
  }
  return options;
}

/** `--a=b` → ['--a', 'b']; `--a` → ['--a', undefined]. */
function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function integer(value: { text: string; from: string }, min: number, max: number): number {
  const n = Number(value.text);
  if (!/^-?\d+$/.test(value.text.trim()) || n < min || n > max) {
    throw new Error(`${value.from} must be an integer from ${min} to ${max}, got "${value.text}"`);
  }
  return n;
}

/** The options of this process. */
export function currentFcOptions(): FcOptions {
  return parseFcOptions(process.argv.slice(2), process.env);
}
