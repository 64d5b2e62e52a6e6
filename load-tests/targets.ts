// Target names of the load tests → module specifiers a worker can import.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Resolved = { name: string; specifier: string } | { name: string; skipped: string };

const referenceEntry = fileURLToPath(new URL('../reference/esm.js', import.meta.url));

function checkFile(name: string, file: string, hint: string): Resolved {
  if (!existsSync(file)) return { name, skipped: `${file} does not exist (${hint})` };
  return { name, specifier: pathToFileURL(file).href };
}

/** Resolves a target and checks that it loads and looks like the cluster API. */
export async function resolveTarget(name: string): Promise<Resolved> {
  const resolved =
    name === 'node:cluster'
      ? { name, specifier: 'node:cluster' }
      : name === 'reference'
        ? checkFile(name, referenceEntry, 'build the reference first: npm run build')
        : checkFile(name, path.resolve(name), 'give node:cluster, reference or the path of a module exporting the cluster API');
  if ('skipped' in resolved) return resolved;
  try {
    const loaded = await import(resolved.specifier);
    const api = loaded.default ?? loaded;
    if (typeof api?.fork !== 'function') return { name, skipped: `${resolved.specifier} does not export a cluster API (no fork())` };
  } catch (error) {
    return { name, skipped: `${resolved.specifier} failed to load: ${error instanceof Error ? error.message : String(error)}` };
  }
  return resolved;
}
