// Where checks go when the CLI loads spec-test files: instead of becoming tap
// tests, they are collected here and scheduled by the CLI.
import type { CheckBody } from './check-context.js';

export interface CheckDeclaration {
  name: string;
  clauses: string[];
}

export interface RegisteredCheck extends CheckDeclaration {
  body: CheckBody;
  /** Spec-test file that declared it. */
  file: string;
}

let collected: RegisteredCheck[] | undefined;
let currentFile = '';

export function isCollecting(): boolean {
  return collected !== undefined;
}

export function register(declaration: CheckDeclaration, body: CheckBody): void {
  collected?.push({ ...declaration, body, file: currentFile });
}

/** Imports spec-test files with collection switched on and returns their checks, in declaration order. */
export async function collectChecks(files: string[], importFile: (file: string) => Promise<unknown>): Promise<RegisteredCheck[]> {
  collected = [];
  try {
    for (const file of files) {
      currentFile = file;
      await importFile(file).catch((error: Error) => {
        throw new Error(`cannot load spec-test file ${file}: ${error.message}`);
      });
    }
    return collected;
  } finally {
    collected = undefined;
    currentFile = '';
  }
}
