// Which program runs the fixtures: node (default: the Node running the
// runner), bun, deno, or a path to one of those executables.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage-error.js';

export type RuntimeName = 'node' | 'bun' | 'deno';

export interface Runtime {
  name: RuntimeName;
  version: string;
  path: string;
  /** Arguments placed before the script, e.g. `run -A` for deno. */
  args: string[];
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNTIME_ARGS: Record<RuntimeName, string[]> = { node: [], bun: [], deno: ['run', '-A'] };

/** Reads the kind and version of a runtime from its `--version` output (pure). */
export function identifyRuntime(versionOutput: string): { name: RuntimeName; version: string } | undefined {
  const text = versionOutput.trim();
  const deno = /^deno (\d+\.\d+\.\d+\S*)/m.exec(text);
  if (deno) return { name: 'deno', version: deno[1] };
  const node = /^v(\d+\.\d+\.\d+\S*)$/.exec(text);
  if (node) return { name: 'node', version: node[1] };
  const bun = /^(\d+\.\d+\.\d+\S*)$/.exec(text);
  if (bun) return { name: 'bun', version: bun[1] };
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Looks for `name` on PATH, then in node_modules/.bin, then (two levels deep) in .cache/runtimes. */
function findExecutable(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  dirs.push(path.join(PROJECT_ROOT, 'node_modules', '.bin'));
  const cache = path.join(PROJECT_ROOT, '.cache', 'runtimes');
  const walk = (dir: string, depth: number): void => {
    if (depth > 3 || !existsSync(dir)) return;
    dirs.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), depth + 1);
    }
  };
  walk(cache, 0);
  return dirs.map((dir) => path.join(dir, name)).find(isExecutable);
}

function describeExecutable(file: string): Runtime {
  let output: string;
  try {
    output = execFileSync(file, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    throw new UsageError(`runtime ${file} did not answer --version: ${(error as Error).message.split('\n')[0]}`);
  }
  const identity = identifyRuntime(output);
  if (!identity) throw new UsageError(`runtime ${file} is not node, bun or deno (--version printed ${JSON.stringify(output.trim().slice(0, 60))})`);
  return { ...identity, path: file, args: RUNTIME_ARGS[identity.name] };
}

export function resolveRuntime(spec: string | undefined): Runtime {
  if (spec === undefined || spec === '' || spec === 'node') {
    return { name: 'node', version: process.versions.node, path: process.execPath, args: [] };
  }
  if (spec === 'bun' || spec === 'deno') {
    const found = findExecutable(spec);
    if (!found) throw new UsageError(`runtime ${spec} not found on PATH, in node_modules/.bin or in .cache/runtimes`);
    return describeExecutable(found);
  }
  const file = path.resolve(spec);
  if (!isExecutable(file)) throw new UsageError(`runtime ${spec} not found (expected node, bun, deno or a path to an executable)`);
  return describeExecutable(file);
}
