// Options of npm run differential (pure).
import t from 'tap';
import { DEFAULT_RUNS, DEFAULT_TIMEOUT_MS, parseDifferentialOptions } from '../cli-options.js';

const parse = (argv: string[]) => parseDifferentialOptions(argv, () => 1234);

t.test('defaults, and each option in both spellings', async (tt) => {
  tt.same(parse([]), { runs: DEFAULT_RUNS, seed: 1234, path: undefined, target: 'reference-node', runtime: undefined, baselineRuntime: undefined, parallel: 2, timeoutMs: DEFAULT_TIMEOUT_MS, explain: 'pending', keepGoing: false, out: undefined, maxRawSteps: undefined, help: false });
  const o = parse(['--runs', '5', '--seed=-3', '--path', '4:0:1', '--target=reference', '--runtime', 'bun', '--parallel=3', '--timeout', '9000', '--keep-going', '--out', 'x', '--max-steps=8']);
  tt.match(o, { runs: 5, seed: -3, path: '4:0:1', target: 'reference', runtime: 'bun', parallel: 3, timeoutMs: 9000, keepGoing: true, out: 'x', maxRawSteps: 8 });
  tt.equal(o.explain, 'all', 'Findings explain differences of the reference (doc mode) by default');
  tt.equal(parse(['--target', 'reference', '--no-explain']).explain, 'none');
  tt.equal(parse(['--explain']).explain, 'all');
  tt.equal(parse(['--target', 'node:cluster']).explain, 'none');
  tt.equal(parse(['--help']).help, true);
});

t.test('bad input gets an error naming the option', async (tt) => {
  const bad: [string[], RegExp][] = [
    [['--runs', '0'], /--runs expects an integer from 1/],
    [['--seed', 'x'], /--seed expects an integer/],
    [['--path', '1:2'], /--path replays a program only together with its --seed/],
    [['--seed', '1', '--path', 'a'], /--path must look like 3:0:1/],
    [['--timeout', '10'], /--timeout expects an integer from 1000/],
    [['--bogus'], /unknown option --bogus/],
    [['stray'], /unexpected argument "stray"/],
    [['--runs'], /--runs needs a value/],
    [['--explain=yes'], /--explain takes no value/],
    [['--explain', '--no-explain'], /contradict/],
  ];
  for (const [argv, message] of bad) tt.throws(() => parse(argv), message, argv.join(' '));
});
