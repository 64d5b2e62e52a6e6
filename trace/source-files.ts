// Reads the TypeScript sources of the tagged test folders (not dist/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './evaluate.js';

export const TAGGED_FOLDERS = ['spec-tests', 'property-tests', 'load-tests'];

export function readTaggedSources(root: string): SourceFile[] {
  return TAGGED_FOLDERS.flatMap((folder) => listTs(join(root, folder)))
    .sort()
    .map((path) => ({ file: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}

function listTs(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listTs(path);
    return /\.(c|m)?ts$/.test(entry.name) && !/\.d\.(c|m)?ts$/.test(entry.name) ? [path] : [];
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
