// SPEC.md's clauses and the tests' tags as they are now in the working tree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTaggedSources } from '../trace/source-files.js';
import { parseSpec } from '../trace/spec-parser.js';
import { scanTags } from '../trace/tag-scanner.js';
import type { Clause, Section, Tag } from '../trace/types.js';

export function currentSpec(root: string): { clauses: Clause[]; sections: Section[]; tags: Tag[] } {
  const spec = parseSpec(readFileSync(path.join(root, 'SPEC.md'), 'utf8'), 'SPEC.md');
  const tags = readTaggedSources(root).flatMap((source) => scanTags(source.text, source.file).tags);
  return { clauses: spec.clauses, sections: spec.sections, tags };
}
