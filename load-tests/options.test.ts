// Unit tests of the `npm run load` command line and of the load server's command parsing.
import t from 'tap';
import { parseOptions } from './options.js';
import { parseCommand, parseEvent } from './protocol.js';

t.test('defaults: full benchmark; --quick: reduced set', async (t) => {
  const full = parseOptions([]);
  t.same(full.workers, [2, 4, 8]);
  t.equal(full.reps, 3);
  t.same(full.targets, ['node:cluster', 'reference']);
  t.same(full.operationPolicies, ['rr', 'none']);
  const quick = parseOptions(['--quick']);
  t.same(quick.workers, [2, 4]);
  t.equal(quick.settings.durationSec, 1);
  t.same(quick.operationPolicies, ['rr']);
  t.notOk(quick.operations.includes('rolling-restart-plain'));
  t.equal(quick.outDir, 'load-tests/results/quick');
  t.same(parseOptions(['--operations', 'none']).operations, []);
});

t.test('bad options get a clear error', async (t) => {
  t.throws(() => parseOptions(['--workers', '0']), /--workers: expected an integer from 1 to 32/);
  t.throws(() => parseOptions(['--policies', 'rr,fifo']), /--policies: unknown value 'fifo'/);
  t.throws(() => parseOptions(['--scenarios', 'soak']), /--scenarios: unknown value 'soak'/);
  t.throws(() => parseOptions(['--targets', ',']), /--targets: give at least one target/);
  t.throws(() => parseOptions(['--bogus']), /Unknown option '--bogus'/);
});

t.test('load server commands and events', async (t) => {
  t.same(parseCommand('{"cmd":"stats"}'), { cmd: 'stats' });
  t.same(parseCommand('{"cmd":"restart","drain":true}'), { cmd: 'restart', drain: true });
  t.same(parseCommand('{"cmd":"restart"}'), { cmd: 'restart', drain: false });
  t.throws(() => parseCommand('stats'), /not JSON/);
  t.throws(() => parseCommand('{"cmd":"reboot"}'), /unknown command "reboot"/);
  t.same(parseEvent('{"type":"ready","port":1,"workers":2}'), { type: 'ready', port: 1, workers: 2 });
  t.equal(parseEvent('Worker 4324 started'), null, 'lines a target prints are ignored');
});
