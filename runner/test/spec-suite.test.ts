// The spec suite as the CLI loads it: check names are unique (results,
// expectations and --grep identify checks by name) and every declared clause
// is a clause of SPEC.md.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import t from 'tap';
import { parseSpec } from '../../trace/spec-parser.js';
import { SPEC_FILE } from '../list.js';
import { collectChecks } from '../registry.js';

const SPEC_TESTS_DIR = fileURLToPath(new URL('../../spec-tests/', import.meta.url));
const files = readdirSync(SPEC_TESTS_DIR).filter((f) => f.endsWith('.test.js')).map((f) => path.join(SPEC_TESTS_DIR, f));
const checks = await collectChecks(files, (file) => import(pathToFileURL(file).href));
const clauseIds = new Set(parseSpec(readFileSync(SPEC_FILE, 'utf8'), 'SPEC.md').clauses.map((c) => c.id));

t.ok(checks.length > 0, 'spec-test files declare checks');

t.test('check names are unique', async (t) => {
  const seen = new Map<string, string>();
  for (const check of checks) {
    const where = path.basename(check.file);
    t.notOk(seen.has(check.name), `"${check.name}" in ${where}${seen.has(check.name) ? ` is also declared in ${seen.get(check.name)}` : ''}`);
    seen.set(check.name, where);
  }
});

t.test('declared clauses exist in SPEC.md, once per check', async (t) => {
  for (const check of checks) {
    const unknown = check.clauses.filter((clause) => !clauseIds.has(clause));
    t.same(unknown, [], `unknown clauses in "${check.name}"`);
    t.equal(new Set(check.clauses).size, check.clauses.length, `no clause declared twice in "${check.name}"`);
  }
});
