// The JSON document `npm run load` writes (load-results.json); README.md
// describes every field. Bump the schema tag when a field changes meaning.
import type { OperationResult } from './operations.js';
import type { LoadOptions } from './options.js';
import type { Entry, Group, RunRecord } from './summary.js';

export const schemaTag = 'cluster-conformance/load-results@1';

export interface LoadResults {
  schema: typeof schemaTag;
  generatedAt: string;
  command: string;
  wallSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    memoryGiB: number;
    /** 1-minute load average at start and end: other work on the machine skews every number. */
    loadAverage: { start: number; end: number };
  };
  options: LoadOptions;
  /** Targets that could not be run, and why. */
  skipped: Array<{ target: string; reason: string }>;
  /** Runs that broke (server did not start, a command timed out …). */
  failures: Array<Group & { message: string }>;
  /** Every repetition of every scenario. */
  runs: RunRecord[];
  /** One per scenario × target × policy × workers: medians over the repetitions and ratios. */
  entries: Entry[];
  operations: OperationResult[];
}
