import t from 'tap';
import { evaluate, type TraceOptions } from './evaluate.js';
import { buildMatrix, testsCell } from './matrix.js';
import { sampleSpec } from './spec-fixture.js';
import { parseSpec } from './spec-parser.js';

const plain: TraceOptions = { write: false, strict: false, json: false };
const tagged = (name: string, clauses: string[]) => `check({ name: '${name}', clauses: ${JSON.stringify(clauses)} }, f);`;
const messages = (r: { problems: { file: string; line: number; message: string }[] }) =>
  r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

t.test('tests are listed under each clause they cite, by file then line', async (t) => {
  const clauses = parseSpec(sampleSpec(), 'SPEC.md').clauses;
  const matrix = buildMatrix(clauses, [
    { file: 'spec-tests/b.test.ts', line: 3, name: 'b', clauses: ['worker.kill-01'] },
    { file: 'spec-tests/a.test.ts', line: 9, name: 'a2', clauses: ['worker.kill-01', 'worker.kill-02'] },
    { file: 'spec-tests/a.test.ts', line: 2, name: 'a1', clauses: ['worker.kill-01', 'worker.kill-01'] },
  ]);
  t.same(matrix.problems, []);
  t.same(
    matrix.rows.map((r) => [r.clause.id, r.tests.map((x) => x.name)]),
    [
      ['worker.kill-01', ['a1', 'a2', 'b']],
      ['worker.kill-02', ['a2']],
      ['worker.kill-03', []],
      ['cluster.fork-01', []],
    ],
  );
  t.equal(matrix.tests.length, 3);
  t.equal(testsCell(matrix.rows[1].tests), 'spec-tests/a.test.ts › a2');
  t.equal(testsCell([{ file: 'f.ts', line: 1, name: 'x | y' }, { file: 'f.ts', line: 2, name: 'z' }]), 'f.ts › x \\| y<br>f.ts › z');
  t.equal(testsCell([]), '—');
});

t.test('a tag naming a missing or retired clause fails', async (t) => {
  const spec = { file: 'SPEC.md', text: sampleSpec(['| worker.kill-04 | retired | Dropped. | — |']) };
  const source = { file: 'spec-tests/k.test.ts', text: ['', tagged('typo', ['worker.kill-99']), tagged('old', ['worker.kill-04']), tagged('none', [])].join('\n') };
  t.same(messages(evaluate(spec, [source], plain)), [
    'spec-tests/k.test.ts:2: test "typo" cites unknown clause worker.kill-99',
    'spec-tests/k.test.ts:3: test "old" cites retired clause worker.kill-04',
    'spec-tests/k.test.ts:4: test "none" cites no clause',
  ]);
});

t.test('an untested normative clause fails --strict only', async (t) => {
  const spec = { file: 'SPEC.md', text: sampleSpec() };
  t.same(messages(evaluate(spec, [], plain)), []);
  t.same(messages(evaluate(spec, [], { ...plain, strict: true })), [
    'SPEC.md:9: normative clause worker.kill-01 has no test',
    'SPEC.md:10: normative clause worker.kill-02 has no test',
  ]);
});

t.test('a stale Tests column fails, and --write fixes only those cells', async (t) => {
  const text = sampleSpec().replace('| Some advice. | — |', '| Some advice. | gone.test.ts › old |');
  const spec = { file: 'SPEC.md', text };
  const sources = [{ file: 'spec-tests/k.test.ts', text: tagged('kills', ['worker.kill-01']) }];
  t.same(messages(evaluate(spec, sources, plain)), [
    'SPEC.md:9: Tests column of worker.kill-01 is stale (run: npm run trace -- --write)',
    'SPEC.md:11: Tests column of worker.kill-03 is stale (run: npm run trace -- --write)',
  ]);
  const written = evaluate(spec, sources, { ...plain, write: true });
  t.same(messages(written), []);
  const before = text.split('\n');
  const after = written.specText!.split('\n');
  t.equal(after.length, before.length);
  t.same(
    after.map((line, i) => [i + 1, line]).filter(([i, line]) => line !== before[(i as number) - 1]),
    [
      [9, '| worker.kill-01 | normative | Ends the worker with SIGTERM by default. | spec-tests/k.test.ts › kills |'],
      [11, '| worker.kill-03 | informative | Some advice. | — |'],
    ],
  );
  t.same(messages(evaluate({ file: 'SPEC.md', text: written.specText! }, sources, plain)), [], 'clean after --write');
});

t.test('--json gives the matrix with summary and problems', async (t) => {
  const sources = [{ file: 'spec-tests/k.test.ts', text: tagged('kills', ['worker.kill-01', 'worker.kill-03']) }];
  const spec = { file: 'SPEC.md', text: sampleSpec() };
  const json = JSON.parse(evaluate(spec, sources, { ...plain, json: true }).output);
  t.same(json.clauses[0], {
    id: 'worker.kill-01',
    section: 'worker.kill',
    anchor: 'cluster.html#workerkillsignal',
    tier: 'doc',
    kind: 'normative',
    requirement: 'Ends the worker with SIGTERM by default.',
    tests: [{ file: 'spec-tests/k.test.ts', line: 1, name: 'kills' }],
  });
  t.same(json.summary, {
    clauses: 4,
    byKind: { normative: 2, informative: 1, platform: 1, retired: 0 },
    normativeCovered: 1,
    normativeUncovered: 1,
    tests: 1,
    testFiles: 1,
  });
  t.equal(json.problems.length, 2, 'the two stale Tests cells');
});
