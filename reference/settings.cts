/**
 * cluster.settings and the scheduling policy: pure rules, no I/O (SPEC cluster.settings-01..19,
 * cluster.setupPrimary-05, -06, cluster.schedulingPolicy-04, -07..09).
 */

export const SCHED_NONE = 1;
export const SCHED_RR = 2;

/** The settings fork() uses; callers may add keys of their own, which are kept as given. */
export interface Settings {
  exec?: string;
  args?: string[];
  execArgv?: string[];
  cwd?: string;
  serialization?: 'json' | 'advanced' | false;
  silent?: boolean;
  stdio?: unknown[];
  uid?: number;
  gid?: number;
  inspectPort?: number | (() => number);
  windowsHide?: boolean;
  [key: string]: unknown;
}

/** What the primary process knows that the defaults come from. */
export interface PrimaryFacts {
  argv: readonly string[];
  execArgv: readonly string[];
}

/**
 * The settings after a setupPrimary() call. The documented defaults apply to the first call only; later
 * calls start from the current settings (SPEC cluster.setupPrimary-05, -06). Each call yields a new object.
 * `followNode`: fill in only the defaults Node fills in (SPEC node.findings-01..03).
 */
export function nextSettings(current: Settings | undefined, overrides: unknown, facts: PrimaryFacts, followNode = false): Settings {
  const base: Settings = current ?? {
    args: facts.argv.slice(2),
    exec: facts.argv[1],
    execArgv: [...facts.execArgv],
    silent: false,
    // SPEC cluster.settings-07, -17: documented defaults (Node itself leaves these two out, Findings F-01, F-02).
    ...(followNode ? {} : { serialization: false, windowsHide: false }),
  };
  const given = typeof overrides === 'object' && overrides !== null ? overrides : {};
  return { ...base, ...given };
}

/** Policy from NODE_CLUSTER_SCHED_POLICY ('rr' or 'none'); anything else keeps the platform default. */
export function policyFromEnvironment(value: string | undefined, platform: string): number {
  if (value === 'rr') return SCHED_RR;
  if (value === 'none') return SCHED_NONE;
  // SPEC cluster.schedulingPolicy-04, -05: round-robin everywhere except Windows.
  return platform === 'win32' ? SCHED_NONE : SCHED_RR;
}

const INSPECT_FLAG = /^--(inspect|inspect-brk|inspect-wait|inspect-port|debug-port)(=|$)/;

/**
 * The worker's execArgv. When the worker is to be debugged (an inspector flag in execArgv), it gets its
 * own inspector port: settings.inspectPort (a number, or a function returning one), else the next port
 * after the primary's debug port (SPEC cluster.settings-15, -16).
 */
export function workerExecArgv(settings: Settings, nextDefaultPort: () => number): string[] {
  // Bad settings fail the fork that uses them, with the errors Node's fork() gives (setupPrimary stores anything).
  if (settings.execArgv !== undefined && !Array.isArray(settings.execArgv)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "execArgv" setting must be an array of strings. Received ${typeof settings.execArgv}`);
  }
  const execArgv = [...(settings.execArgv ?? [])];
  if (!execArgv.some((arg) => INSPECT_FLAG.test(arg))) return execArgv;
  const { inspectPort } = settings;
  const port: unknown = typeof inspectPort === 'function' ? inspectPort() : inspectPort ?? nextDefaultPort();
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT', `The inspector port must be an integer from 0 to 65535. Received ${String(port)}`);
  }
  execArgv.push(`--inspect-port=${port}`);
  return execArgv;
}

/** The port of the last --inspect-port flag (`--inspect-port=[host:]port`), which workerExecArgv adds last. */
export function inspectPortOf(execArgv: readonly string[]): number | undefined {
  const flag = [...execArgv].reverse().find((arg) => arg.startsWith('--inspect-port='));
  return flag === undefined ? undefined : Number(flag.slice('--inspect-port='.length).split(':').at(-1));
}

function codedError(Kind: ErrorConstructor, code: string, message: string): Error {
  return Object.assign(new Kind(message), { code });
}
