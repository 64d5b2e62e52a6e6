// A planted difference (a broken target: kill() defaults to SIGKILL) is found by the search, shrunk to a small
// program, and the shrunk program run again shows it.
import t from 'tap';
import { killActiveRuns } from '../../runner/run-fixture.js';
import { resolveRuntime } from '../../runner/runtimes.js';
import { resolveTarget } from '../../runner/targets.js';
import { runProgram, type Side } from '../run-program.js';
import { search } from '../search.js';

process.once('exit', killActiveRuns);
t.setTimeout(180_000);

const side = (target: string): Side => ({ target: resolveTarget(target), runtime: resolveRuntime(undefined) });
const node = side('node:cluster');

t.test('a planted difference (kill() defaulting to SIGKILL) is found, shrunk, and its script reproduces it', async (tt) => {
  const broken = side('runner/broken-targets/kill-default-sigkill.cjs');
  const result = await search(node, broken, { runs: 40, seed: 1, parallel: 2, timeoutMs: 30_000, shrinkTimeLimitMs: 60_000 });
  const [failure] = result.failures;
  if (!tt.ok(failure, 'found within 40 programs')) return;
  tt.ok(failure.program.steps.some((step) => step.op === 'kill' && step.signal === undefined), 'the shrunk program still calls kill() without a signal');
  tt.ok(failure.program.steps.length <= 4, `shrunk to ${failure.program.steps.length} steps`);
  tt.match(failure.verdict.unexplained[0], { kind: 'exit', expected: { args: [null, 'SIGTERM'] }, actual: { args: [null, 'SIGKILL'] } });
  const again = await Promise.all([runProgram(failure.program, node, 30_000), runProgram(failure.program, broken, 30_000)]);
  tt.same(again.map((run) => run.trace.slots[0].exits[0]?.args), [[null, 'SIGTERM'], [null, 'SIGKILL']], 'the shrunk program, run again, shows it');
});
