// Parses SPEC.md into sections and clauses, reporting every malformed part
// with its line. Pure: text in, data out.
import { parseClauseSource } from './clause-source.js';
import { NODE_SECTION_SLUGS, SECTION_SLUGS } from './sections.js';
import { splitRow, unescapeCell } from './table-row.js';
import { KINDS, type Clause, type Kind, type Problem, type Section } from './types.js';

export const CLAUSE_ID = /^[a-z]+(\.[A-Za-z]+)*-\d{2}$/;
const SLUG_LINE = /^Slug: `([^`]*)` · Anchor: `cluster\.html#([a-z0-9_-]+)`\s*$/;
const NODE_SLUG_LINE = /^Slug: `([^`]*)` · Tier: node\s*$/;
const HEADER = ['ID', 'Kind', 'Requirement', 'Tests'];
/** Node-tier tables name each clause's source. */
const NODE_HEADER = ['ID', 'Kind', 'Source', 'Requirement', 'Tests'];
const SEPARATOR_CELL = /^:?-{3,}:?$/;
const PLATFORM_REASON = /Reason:\s*\S/;

export interface SpecDocument {
  sections: Section[];
  clauses: Clause[];
  problems: Problem[];
}

interface OpenSection {
  title: string;
  line: number;
  section?: Section;
  clauseCount: number;
}

export function parseSpec(text: string, file: string): SpecDocument {
  const sections: Section[] = [];
  const clauses: Clause[] = [];
  const problems: Problem[] = [];
  const firstLineOf = new Map<string, number>();
  const report = (line: number, message: string) => problems.push({ file, line, message });
  let open: OpenSection | undefined;

  const closeSection = () => {
    if (open?.section && open.clauseCount === 0) report(open.line, `section "${open.section.slug}" has no clauses`);
  };

  for (const [index, raw] of text.split('\n').entries()) {
    const line = index + 1;
    if (raw.startsWith('## ')) {
      closeSection();
      open = { title: raw.slice(3).trim(), line, clauseCount: 0 };
      continue;
    }
    if (raw.startsWith('Slug:')) {
      const section = parseSlugLine(raw, line, open, sections, report);
      if (section && open) {
        open.section = section;
        sections.push(section);
      }
      continue;
    }
    if (!raw.trimStart().startsWith('|')) continue;
    const cells = splitRow(raw);
    if (!cells) {
      report(line, 'malformed table row (it must start and end with "|")');
      continue;
    }
    const texts = cells.map((c) => c.text);
    if (texts.every((c) => SEPARATOR_CELL.test(c))) continue;
    if (texts.join('|') === HEADER.join('|') || texts.join('|') === NODE_HEADER.join('|')) {
      const expected = open?.section?.tier === 'node' ? NODE_HEADER : HEADER;
      if (open?.section && texts.join('|') !== expected.join('|')) report(line, `a ${open.section.tier}-tier section's table has the header | ${expected.join(' | ')} |`);
      continue;
    }
    if (!open?.section) {
      report(line, 'clause row outside a section with a Slug line');
      continue;
    }
    open.clauseCount++;
    const header = open.section.tier === 'node' ? NODE_HEADER : HEADER;
    if (cells.length !== header.length) {
      report(line, `expected ${header.length} cells (${header.join(', ')}), found ${cells.length}`);
      continue;
    }
    const clause = parseClause(texts, cells[cells.length - 1], open.section, line, report);
    if (!clause) continue;
    const first = firstLineOf.get(clause.id);
    if (first !== undefined) {
      report(line, `duplicate clause ID ${clause.id} (first at line ${first})`);
      continue;
    }
    firstLineOf.set(clause.id, line);
    clauses.push(clause);
  }
  closeSection();
  checkReplacements(clauses, report);
  return { sections, clauses, problems };
}

/** A Node-tier clause may stand in only for normative cluster-page clauses. */
function checkReplacements(clauses: Clause[], report: (line: number, message: string) => void): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const clause of clauses) {
    for (const id of clause.source?.replaces ?? []) {
      const replaced = byId.get(id);
      if (!replaced) report(clause.line, `${clause.id} replaces unknown clause ${id}`);
      else if (replaced.section.tier !== 'doc' || replaced.kind !== 'normative') report(clause.line, `${clause.id} replaces ${id}, which is not a normative cluster-page clause`);
    }
  }
}

function parseSlugLine(
  raw: string,
  line: number,
  open: OpenSection | undefined,
  sections: Section[],
  report: (line: number, message: string) => void,
): Section | undefined {
  if (!open) return void report(line, 'Slug line before any "## " section heading');
  if (open.section) return void report(line, `second Slug line in section "${open.title}"`);
  const nodeMatch = NODE_SLUG_LINE.exec(raw);
  const match = nodeMatch ?? SLUG_LINE.exec(raw);
  if (!match) return void report(line, 'malformed Slug line (expected: Slug: `<slug>` · Anchor: `cluster.html#<anchor>`, or Slug: `node.<name>` · Tier: node)');
  const [, slug, anchor = ''] = match;
  const known = nodeMatch ? NODE_SECTION_SLUGS : SECTION_SLUGS;
  if (!known.includes(slug)) return void report(line, `unknown ${nodeMatch ? 'Node-tier ' : ''}section slug "${slug}"`);
  const earlier = sections.find((s) => s.slug === slug);
  if (earlier) return void report(line, `section slug "${slug}" already used at line ${earlier.line}`);
  return { title: open.title, slug, anchor, tier: nodeMatch ? 'node' : 'doc', line };
}

function parseClause(
  texts: string[],
  testsCell: Clause['tests'],
  section: Section,
  line: number,
  report: (line: number, message: string) => void,
): Clause | undefined {
  const [id, kind] = texts;
  const requirement = unescapeCell(texts[texts.length - 2]);
  let source: Clause['source'];
  if (section.tier === 'node') {
    const parsed = parseClauseSource(unescapeCell(texts[2]));
    if (typeof parsed === 'string') report(line, `Source of ${id} ${parsed}`);
    else source = parsed;
  }
  if (!CLAUSE_ID.test(id)) return void report(line, `bad clause ID "${id}" (expected <section>-<NN>, e.g. worker.kill-01)`);
  if (id.slice(0, -3) !== section.slug) report(line, `clause ID ${id} does not belong to section "${section.slug}"`);
  if (!(KINDS as readonly string[]).includes(kind)) {
    report(line, `unknown kind "${kind}" for ${id} (expected ${KINDS.join(', ')})`);
  }
  if (requirement === '') report(line, `empty requirement for ${id}`);
  else if (kind === 'platform' && !PLATFORM_REASON.test(requirement)) {
    report(line, `platform clause ${id} gives no reason (end its requirement with "Reason: ...")`);
  }
  // Other faults are reported but keep the clause, so that tags citing its ID still resolve.
  return { id, section, kind: kind as Kind, requirement, ...(source ? { source } : {}), line, tests: testsCell };
}
