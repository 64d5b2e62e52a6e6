// What the load tests in `npm test` share: the target under test, named by
// CLUSTER_CONFORMANCE_TARGET like the spec tests (default node:cluster), and a
// tap test declared with its SPEC clause tag.
import t, { type Test } from 'tap';
import { resolveTarget } from './targets.js';

export interface LoadTag {
  name: string;
  clauses: string[];
}

const target = await resolveTarget(process.env.CLUSTER_CONFORMANCE_TARGET || 'node:cluster');

export function loadTest(tag: LoadTag, body: (t: Test, target: { name: string; specifier: string }) => Promise<void>): void {
  t.test(`${tag.name} [${target.name}; ${tag.clauses.join(', ')}]`, async (tt) => {
    if ('skipped' in target) return void tt.fail(`target ${target.name} cannot be run: ${target.skipped}`);
    await body(tt, target);
  });
}
