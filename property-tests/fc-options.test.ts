// Parsing of the replay options (--seed/--path/--runs and FC_SEED/FC_PATH/FC_RUNS).
import t from 'tap';
import { parseFcOptions } from './fc-options.js';

t.test('reads the environment; the command line wins, in both spellings', async (tt) => {
  tt.same(parseFcOptions([], {}), {});
  tt.same(parseFcOptions([], { FC_SEED: '-12', FC_PATH: '3:0:1', FC_RUNS: '50' }), { seed: -12, path: '3:0:1', runs: 50 });
  tt.same(parseFcOptions(['--seed', '7', '--runs=9'], { FC_SEED: '1', FC_RUNS: '2' }), { seed: 7, runs: 9 });
  tt.same(parseFcOptions(['--', '--seed=5', '--path', '0'], {}), { seed: 5, path: '0' });
  tt.same(parseFcOptions(['--real-runs', '3'], { FC_REAL_RUNS: '8' }), { realRuns: 3 });
  tt.same(parseFcOptions([], { FC_REAL_RUNS: '8' }), { realRuns: 8 });
  tt.same(parseFcOptions(['--grep=x', 'file.js'], { FC_SEED: '' }), {}, 'other arguments and empty variables are ignored');
});

t.test('bad values get an error naming the option', async (tt) => {
  const bad: [string[], Record<string, string>, RegExp][] = [
    [['--seed', 'abc'], {}, /--seed must be an integer/],
    [['--seed=1.5'], {}, /--seed must be an integer/],
    [[], { FC_SEED: '99999999999' }, /FC_SEED must be an integer/],
    [['--runs=0'], {}, /--runs must be an integer from 1/],
    [['--runs'], {}, /--runs needs a value/],
    [[], { FC_REAL_RUNS: '-1' }, /FC_REAL_RUNS must be an integer from 1 to 10000/],
    [['--seed=1', '--path=a:b'], {}, /--path must look like 3:0:1/],
    [[], { FC_PATH: '1:2' }, /FC_PATH replays a failure only together with its seed/],
  ];
  for (const [argv, env, message] of bad) tt.throws(() => parseFcOptions(argv, env), message);
});
