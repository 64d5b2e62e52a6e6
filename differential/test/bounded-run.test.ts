// A bounded run of the differential checks in npm test: programs from a fixed seed behave the same on the
// reference in its Node mode as on node:cluster; any difference fails, with the shrunk program as a script.
import t from 'tap';
import { killActiveRuns } from '../../runner/run-fixture.js';
import { resolveRuntime } from '../../runner/runtimes.js';
import { resolveTarget } from '../../runner/targets.js';
import { explainNotYetInNodeMode } from '../explained.js';
import { formatFailure, formatSummary } from '../report.js';
import { saveProgramScript, type Side } from '../run-program.js';
import { search } from '../search.js';

process.once('exit', killActiveRuns);
t.setTimeout(240_000);

const node: Side = { target: resolveTarget('node:cluster'), runtime: resolveRuntime(undefined) };
const side = (target: string): Side => ({ target: resolveTarget(target), runtime: resolveRuntime(undefined) });

/** Sized so the run stays within 60 s on a loaded 2-core machine (differential/README.md has the figures). */
const BOUNDED = { runs: 30, seed: 20261201 };

t.test(`${BOUNDED.runs} programs (seed ${BOUNDED.seed}) behave on reference-node as on node:cluster`, async (tt) => {
  const result = await search(node, side('reference-node'), { ...BOUNDED, parallel: 2, timeoutMs: 30_000, shrinkTimeLimitMs: 60_000, explain: explainNotYetInNodeMode });
  tt.comment(formatSummary(result, 'reference-node', BOUNDED.seed));
  const target = side('reference-node');
  for (const failure of result.failures) {
    const replay = `npm run differential -- --seed ${failure.seed} --path ${failure.path}`;
    const scriptPath = saveProgramScript(failure.program, failure.seed, failure.path, replay);
    tt.fail(formatFailure(failure, { baseline: 'node:cluster', target: 'reference-node', scriptPath, targetSpecifier: target.target.specifier, replay }));
  }
  tt.same(result.errors, [], 'every program ran on node:cluster');
  if (result.failures.length === 0) tt.equal(result.checked, BOUNDED.runs, 'every program ran');
});
