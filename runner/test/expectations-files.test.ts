// The committed expectations files are valid, name real clauses or tests, and
// cite a SPEC.md Finding that exists and speaks about that clause.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import t from 'tap';
import { parseSpec } from '../../trace/spec-parser.js';
import { selectExpectations, type ExpectationsFile } from '../expectations.js';
import { SPEC_FILE } from '../list.js';
import { collectChecks } from '../registry.js';

const EXPECTATIONS_DIR = fileURLToPath(new URL('../../../expectations/', import.meta.url));
const SPEC_TESTS_DIR = fileURLToPath(new URL('../../spec-tests/', import.meta.url));

const specText = readFileSync(SPEC_FILE, 'utf8');
const clauseIds = new Set(parseSpec(specText, 'SPEC.md').clauses.map((c) => c.id));
/** Finding ID → its text, from the `### F-NN — title` headings to the next heading. */
const findings = new Map([...specText.matchAll(/^### (F-\d+)\b[^\n]*\n([\s\S]*?)(?=^##|(?![\s\S]))/gm)].map((m) => [m[1], m[0]]));
const specTestFiles = readdirSync(SPEC_TESTS_DIR).filter((f) => f.endsWith('.test.js')).map((f) => path.join(SPEC_TESTS_DIR, f));
const checks = await collectChecks(specTestFiles, (file) => import(pathToFileURL(file).href));

for (const name of readdirSync(EXPECTATIONS_DIR).filter((f) => f.endsWith('.json'))) {
  t.test(name, async (t) => {
    const file = JSON.parse(readFileSync(path.join(EXPECTATIONS_DIR, name), 'utf8')) as ExpectationsFile;
    // Each runtime section once (with `all` merged in); `all` alone when there is none.
    const sections = Object.keys(file.runtimes ?? {});
    const runtimes = (sections.length > 0 ? sections : ['node']).map((key) => ({ name: key.split('@')[0] as 'node', version: `${key.split('@')[1] ?? '0'}.0.0` }));
    for (const runtime of runtimes) {
      const map = selectExpectations(file, runtime, name);
      for (const [key, expectation] of Object.entries(map)) {
        const clauses = clauseIds.has(key) ? [key] : (checks.find((c) => c.name === key)?.clauses ?? []);
        t.ok(clauses.length > 0, `${key} is a SPEC.md clause or the name of a check`);
        const text = findings.get(expectation.finding ?? '');
        t.ok(text, `${expectation.finding} (cited for ${key}) is a Finding in SPEC.md`);
        if (text) t.ok(clauses.some((clause) => text.includes(clause)), `${expectation.finding} mentions ${clauses.join(' or ')}`);
      }
    }
  });
}
