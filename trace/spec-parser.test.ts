import t from 'tap';
import { parseSpec } from './spec-parser.js';
import { sampleSpec, sampleSpecWithNodeTier, specText } from './spec-fixture.js';

const messages = (text: string) => parseSpec(text, 'SPEC.md').problems.map((p) => `${p.line}: ${p.message}`);

t.test('a well-formed spec parses into sections and clauses', async (t) => {
  const doc = parseSpec(sampleSpec(), 'SPEC.md');
  t.same(doc.problems, []);
  t.same(
    doc.sections.map((s) => [s.slug, s.anchor, s.title]),
    [
      ['worker.kill', 'workerkillsignal', 'worker.kill([signal])'],
      ['cluster.fork', 'clusterforkenv', 'cluster.fork([env])'],
    ],
  );
  t.same(
    doc.clauses.map((c) => [c.id, c.kind, c.section.slug]),
    [
      ['worker.kill-01', 'normative', 'worker.kill'],
      ['worker.kill-02', 'normative', 'worker.kill'],
      ['worker.kill-03', 'informative', 'worker.kill'],
      ['cluster.fork-01', 'platform', 'cluster.fork'],
    ],
  );
  t.equal(doc.clauses[1].requirement, 'Uses the given signal | name.', 'escaped pipe is one cell, unescaped');
  t.equal(doc.clauses[0].tests.text, '—');
});

t.test('a duplicate clause ID is reported at its second row', async (t) => {
  const text = sampleSpec(['| worker.kill-01 | normative | Again. | — |']);
  const line = text.split('\n').findIndex((l) => l.includes('Again.')) + 1;
  t.same(messages(text), [`${line}: duplicate clause ID worker.kill-01 (first at line 9)`]);
});

t.test('malformed clauses are reported with their line', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['| worker.kill-1 | normative | x | — |', /bad clause ID "worker.kill-1"/],
    ['| Worker.kill-04 | normative | x | — |', /bad clause ID/],
    ['| worker.send-04 | normative | x | — |', /clause ID worker.send-04 does not belong to section "worker.kill"/],
    ['| worker.kill-04 | mandatory | x | — |', /unknown kind "mandatory" for worker.kill-04/],
    ['| worker.kill-04 | normative |  | — |', /empty requirement for worker.kill-04/],
    ['| worker.kill-04 | platform | Only on Windows. | — |', /platform clause worker.kill-04 gives no reason/],
    ['| worker.kill-04 | normative | x |', /expected 4 cells .* found 3/],
    ['| worker.kill-04 | normative | x | — ', /malformed table row/],
  ];
  for (const [row, expected] of cases) {
    const text = sampleSpec([row]);
    const line = text.split('\n').indexOf(row) + 1;
    const found = messages(text);
    t.equal(found.length, 1, row);
    t.match(found[0], new RegExp(`^${line}: ${expected.source}`), row);
  }
});

t.test('section structure faults are reported', async (t) => {
  const unknownSlug = specText([{ title: 'x', slug: 'worker.nothing', anchor: 'x', rows: [] }]);
  t.same(messages(unknownSlug), ['5: unknown section slug "worker.nothing"']);
  const noClauses = specText([{ title: 'worker.id', slug: 'worker.id', anchor: 'workerid', rows: [] }]);
  t.same(messages(noClauses), ['3: section "worker.id" has no clauses']);
  const badSlugLine = sampleSpec().replace('Slug: `worker.kill` · Anchor:', 'Slug: worker.kill, Anchor:');
  t.same(messages(badSlugLine), [
    '5: malformed Slug line (expected: Slug: `<slug>` · Anchor: `cluster.html#<anchor>`, or Slug: `node.<name>` · Tier: node)',
    '9: clause row outside a section with a Slug line',
    '10: clause row outside a section with a Slug line',
    '11: clause row outside a section with a Slug line',
  ]);
  const twice = sampleSpec().replace('`cluster.fork` · Anchor', '`worker.kill` · Anchor');
  t.same(messages(twice), [
    '15: section slug "worker.kill" already used at line 5',
    '19: clause row outside a section with a Slug line',
  ]);
});

t.test('Node-tier sections have a Source column, parsed per clause', async (t) => {
  const doc = parseSpec(sampleSpecWithNodeTier(), 'SPEC.md');
  t.same(doc.problems, []);
  const node = doc.sections.find((s) => s.slug === 'node.findings');
  t.same([node?.tier, node?.anchor], ['node', '']);
  t.equal(doc.sections[0].tier, 'doc');
  const [replacing, since] = doc.clauses.filter((c) => c.section.tier === 'node');
  t.same(replacing.source, { docs: [], observed: true, finding: 'F-16', replaces: ['worker.kill-01'] });
  t.same(since.source, { docs: ['net.html#serverlistenoptions-callback'], observed: false, since: [22, 12], replaces: [] });
  t.equal(since.requirement, 'Binds in the worker.');
  t.equal(doc.clauses[0].source, undefined, 'cluster-page clauses have no Source');
});

t.test('faults in Node-tier rows are reported with their line', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['| node.findings-04 | normative | x | — |', /expected 5 cells \(ID, Kind, Source, Requirement, Tests\), found 4/],
    ['| node.findings-04 | normative | F-01 | x | — |', /Source of node.findings-04 names neither a doc page/],
    ['| node.findings-04 | normative | observed · maybe | x | — |', /Source of node.findings-04 has an item it cannot read: "maybe"/],
    ['| node.findings-04 | normative | observed · replaces `how-01` | x | — |', /replaces clauses without naming the Finding/],
    ['| node.findings-04 | normative | observed · F-01 · replaces `how-99` | x | — |', /node.findings-04 replaces unknown clause how-99/],
    ['| node.findings-04 | normative | observed · F-01 · replaces `worker.kill-03` | x | — |', /replaces worker.kill-03, which is not a normative cluster-page clause/],
    ['| node.findings-04 | normative | observed · F-01 · F-02 | x | — |', /names two Findings/],
    ['| node.findings-04 | normative | observed · Node ≥ 22.1 · Node ≥ 23.1 | x | — |', /names "Node ≥" twice/],
  ];
  for (const [row, expected] of cases) {
    const text = sampleSpecWithNodeTier([row]);
    const line = text.split('\n').indexOf(row) + 1;
    const found = messages(text);
    t.equal(found.length, 1, `${row}: ${found.join('; ')}`);
    t.match(found[0], new RegExp(`^${line}: .*${expected.source}`), row);
  }
  const wrongHeader = sampleSpecWithNodeTier().replace('| ID | Kind | Source | Requirement | Tests |', '| ID | Kind | Requirement | Tests |');
  t.match(messages(wrongHeader)[0], /a node-tier section's table has the header \| ID \| Kind \| Source \| Requirement \| Tests \|/);
  const unknown = sampleSpecWithNodeTier().replace('Slug: `node.findings` · Tier: node', 'Slug: `node.nothing` · Tier: node');
  t.match(messages(unknown)[0], /unknown Node-tier section slug "node.nothing"/);
});
