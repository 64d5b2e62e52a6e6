// Fetches the runtimes the conformance suite is run on (Node 20, 22, 24, 26, Bun, Deno) from the npm
// registry into .cache/runtimes/ and prints the binary paths. `npm run matrix` does the same on its own.
// Usage: node dist/scripts/fetch-runtimes.js [name...]   (names: node20 node22 node24 node26 bun deno)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNTIME_NAMES, installRuntime } from '../matrix/runtimes.js';

const cache = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/runtimes');
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !RUNTIME_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`unknown runtime ${unknown.join(', ')}; known: ${RUNTIME_NAMES.join(' ')}`);
  process.exit(2);
}
let failed = false;
for (const name of asked.length > 0 ? asked : RUNTIME_NAMES) {
  try {
    console.log(`${name}\t${await installRuntime(cache, name)}`);
  } catch (error) {
    failed = true;
    console.error(`${name}\tFAILED: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
