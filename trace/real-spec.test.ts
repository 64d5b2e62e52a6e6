// The project's own SPEC.md must parse cleanly and cover every doc section.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { NODE_SECTION_SLUGS, SECTION_SLUGS } from './sections.js';
import { parseSpec } from './spec-parser.js';

const specUrl = new URL('../../SPEC.md', import.meta.url);

t.test('SPEC.md parses with at least 100 clauses covering every section', async (t) => {
  const doc = parseSpec(readFileSync(specUrl, 'utf8'), 'SPEC.md');
  t.same(doc.problems, []);
  t.ok(doc.clauses.length >= 100, `${doc.clauses.length} clauses`);
  t.same(
    doc.sections.filter((s) => s.tier === 'doc').map((s) => s.slug),
    SECTION_SLUGS,
    'one section per slug, in doc order',
  );
  const nodeSlugs = doc.sections.filter((s) => s.tier === 'node').map((s) => s.slug);
  t.same(nodeSlugs, NODE_SECTION_SLUGS.filter((slug) => nodeSlugs.includes(slug)), 'Node-tier sections in the listed order');
  const withClauses = new Set(doc.clauses.map((c) => c.section.slug));
  t.same(SECTION_SLUGS.filter((slug) => !withClauses.has(slug)), []);
  t.ok(doc.clauses.some((c) => c.kind === 'platform'));
});
