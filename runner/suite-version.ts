// Which suite produced a report: the package's version and a short hash of the SPEC.md the runner
// reads, so that a CI result names the clauses it was checked against.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PACKAGE_JSON, SPEC_FILE } from './package-files.js';
import { UsageError } from './usage-error.js';

export interface SuiteVersion {
  /** package.json's version, e.g. `0.1.0`. */
  version: string;
  /** First 12 hex digits of the SHA-256 of SPEC.md, line endings read as `\n`. */
  spec: string;
}

/** The SPEC version of a SPEC.md text (pure): a checkout with CRLF line endings gets the same one. */
export function specVersion(specText: string): string {
  return createHash('sha256').update(specText.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** `cluster-conformance 0.1.0 (SPEC.md 0123456789ab)` (pure). */
export function formatSuiteVersion(suite: SuiteVersion): string {
  return `cluster-conformance ${suite.version} (SPEC.md ${suite.spec})`;
}

function readPackageFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}, which the runner needs (an incomplete install?): ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

let cached: SuiteVersion | undefined;

/** This runner's suite version, read once from its own package. */
export function suiteVersion(): SuiteVersion {
  if (cached) return cached;
  const { version } = JSON.parse(readPackageFile(PACKAGE_JSON)) as { version?: unknown };
  if (typeof version !== 'string') throw new UsageError(`${PACKAGE_JSON} has no version`);
  cached = { version, spec: specVersion(readPackageFile(SPEC_FILE)) };
  return cached;
}
