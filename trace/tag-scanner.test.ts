import t from 'tap';
import { maskComments } from './mask-comments.js';
import { scanTags } from './tag-scanner.js';

t.test('reads name and clauses from tag literals, with their line', async (t) => {
  const source = [
    "import { check } from './check.js';",
    "check({ name: 'kill() defaults to SIGTERM', clauses: ['worker.kill-01'] }, async () => {});",
    'check(',
    '  {',
    '    name: "two \\"quoted\\" clauses",',
    "    clauses: ['worker.kill-02', `cluster.fork-01`],",
    '    timeout: 5000,',
    '  },',
    '  async () => {},',
    ');',
    "t.test('plain', { clauses: ['worker.kill-03'], name: 'name after clauses', env: { A: '1' } }, () => {});",
  ].join('\n');
  const { tags, problems } = scanTags(source, 'spec-tests/x.test.ts');
  t.same(problems, []);
  t.same(tags, [
    { file: 'spec-tests/x.test.ts', line: 2, name: 'kill() defaults to SIGTERM', clauses: ['worker.kill-01'] },
    { file: 'spec-tests/x.test.ts', line: 6, name: 'two "quoted" clauses', clauses: ['worker.kill-02', 'cluster.fork-01'] },
    { file: 'spec-tests/x.test.ts', line: 11, name: 'name after clauses', clauses: ['worker.kill-03'] },
  ]);
});

t.test('commented-out tags are ignored', async (t) => {
  const source = [
    "// check({ name: 'old', clauses: ['worker.kill-01'] })",
    "/* check({ name: 'older', clauses: ['worker.kill-02'] }) */",
    "const s = '// not a comment'; check({ name: 'kept', clauses: [] });",
  ].join('\n');
  t.same(
    scanTags(source, 'f.ts').tags.map((tag) => tag.name),
    ['kept'],
  );
});

t.test('tags that are not literals are reported', async (t) => {
  const source = [
    "check({ name: 'computed', clauses: ids }, f);",
    "check({ name: 'spread', clauses: [...ids] }, f);",
    "check({ clauses: ['worker.kill-01'] }, f);",
    "check({ name: title, clauses: ['worker.kill-01'] }, f);",
    "const x = { options: { a: 1 }, clauses: ['worker.kill-01'] };",
  ].join('\n');
  const { tags, problems } = scanTags(source, 'f.ts');
  t.same(tags, []);
  t.same(
    problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
    [
      'f.ts:2: "clauses" must be a literal array of string literals',
      'f.ts:3: tag has no literal "name" beside its "clauses"',
      'f.ts:4: tag has no literal "name" beside its "clauses"',
      'f.ts:5: "clauses:" is not inside an object literal with a name',
    ],
    '`clauses: ids` (no bracket) is not a tag at all',
  );
});

t.test('masking keeps offsets and line breaks', async (t) => {
  const source = "a // b\n/* c\nd */ 'e // f'";
  const masked = maskComments(source);
  t.equal(masked.length, source.length);
  t.equal(masked, "a     \n    \n     'e // f'");
});
