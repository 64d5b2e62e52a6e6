import t from 'tap';
import { profilesOf } from './profiles.js';
import { sampleSpecWithNodeTier } from './spec-fixture.js';
import { parseSpec } from './spec-parser.js';

t.test('a replaced cluster-page clause counts only in doc; Node-tier clauses only in node; non-normative in none', async (t) => {
  const { clauses, problems } = parseSpec(sampleSpecWithNodeTier(), 'SPEC.md');
  t.same(problems, []);
  t.same(Object.fromEntries(profilesOf(clauses)), {
    'worker.kill-01': ['doc'],
    'worker.kill-02': ['doc', 'node'],
    'node.findings-01': ['node'],
    'node.findings-02': ['node'],
  });
});
