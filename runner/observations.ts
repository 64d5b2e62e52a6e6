// Turns a fixture's stdout into observations (pure). Lines without the prefix
// are ordinary output; prefixed lines that are not an observation are ignored.
import { OBSERVATION_PREFIX, UNDEFINED_MARKER } from '../fixtures/lib/report.js';

/** The line with which runner/supervise.ts reports how the fixture's primary exited. */
export const EXIT_STATUS_PREFIX = '@@cc-exit ';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the fixture could not be started at all. */
  error?: string;
}

/** The exit status the supervisor reported, if it got to report one. */
export function parseExitStatus(stdout: string): ExitStatus | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(EXIT_STATUS_PREFIX));
  return line === undefined ? undefined : (JSON.parse(line.slice(EXIT_STATUS_PREFIX.length)) as ExitStatus);
}

export interface Observation {
  role: 'primary' | 'worker';
  pid: number;
  seq: number;
  kind: string;
  [key: string]: unknown;
}

function restoreUndefined(_key: string, value: unknown): unknown {
  return value === UNDEFINED_MARKER ? undefined : value;
}

export function parseObservations(stdout: string): Observation[] {
  const observations: Observation[] = [];
  for (const line of stdout.split('\n')) {
    const at = line.indexOf(OBSERVATION_PREFIX);
    if (at === -1) continue;
    try {
      const parsed = JSON.parse(line.slice(at + OBSERVATION_PREFIX.length), restoreUndefined) as unknown;
      if (parsed !== null && typeof parsed === 'object' && typeof (parsed as Observation).kind === 'string') observations.push(parsed as Observation);
    } catch {
      // Not an observation after all (e.g. the target printed the prefix).
    }
  }
  return observations;
}

/** True when every key of `pattern` equals (deeply, via JSON) the same key of `observation`. */
export function matches(observation: Observation, pattern: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([key, value]) => JSON.stringify(observation[key]) === JSON.stringify(value));
}
