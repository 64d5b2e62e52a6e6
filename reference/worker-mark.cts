/**
 * How the primary marks a child process as a reference worker, and how the worker takes the mark off.
 *
 * Not NODE_UNIQUE_ID: Node's bootstrap would start its own cluster-worker code on it (README, "Coexistence
 * with node:cluster"). The mark is two variables of our own (worker id, protocol token), plus a
 * `--require` of the reference in NODE_OPTIONS so the worker side starts before the worker's own code, as
 * Node's does (SPEC cluster.event.online-01: online without application code). The worker removes all of
 * it at start-up, so its environment is what the primary asked for and its own children are not marked.
 */

const WORKER_ID = 'CLUSTER_CONFORMANCE_WORKER_ID';
const TOKEN = 'CLUSTER_CONFORMANCE_TOKEN';
const INSPECT_PORT = 'CLUSTER_CONFORMANCE_INSPECT_PORT';
/** Present (value `node`) when the primary runs in the Node-compatible mode (compat-mode.cts). */
const MODE = 'CLUSTER_CONFORMANCE_MODE';
/** Set when the mark added a preload: the worker's NODE_OPTIONS before that, as JSON (null: it had none). */
const NODE_OPTIONS_BEFORE = 'CLUSTER_CONFORMANCE_NODE_OPTIONS';

export interface Mark {
  id: number;
  token: string;
  /** The inspector port the primary chose, when the worker is debugged (SPEC cluster.settings-15, -16). */
  inspectPort?: number;
  /** The primary's mode, when it is not the default. */
  mode?: 'node';
}

/**
 * Deno runs the event loop of a --require preload to its end before the main module, and a worker's
 * channel keeps it alive: there a worker starts its side when its code loads the reference.
 */
const PRELOAD_WORKS = process.versions.deno === undefined;

/** The environment for a worker: `env` plus the mark; `entry` is the file that starts the worker side. */
export function markedEnvironment(env: NodeJS.ProcessEnv, mark: Mark, entry: string): NodeJS.ProcessEnv {
  const marked: NodeJS.ProcessEnv = { ...env, [WORKER_ID]: String(mark.id), [TOKEN]: mark.token };
  if (mark.inspectPort !== undefined) marked[INSPECT_PORT] = String(mark.inspectPort);
  if (mark.mode !== undefined) marked[MODE] = mark.mode;
  if (!PRELOAD_WORKS) return marked;
  const before = env.NODE_OPTIONS;
  const preload = `--require ${JSON.stringify(entry)}`;
  return {
    ...marked,
    [NODE_OPTIONS_BEFORE]: JSON.stringify(before ?? null),
    NODE_OPTIONS: before ? `${before} ${preload}` : preload,
  };
}

/** Removes the mark from `env` (restoring NODE_OPTIONS) and returns it, or undefined if unmarked. */
export function takeMark(env: NodeJS.ProcessEnv): Mark | undefined {
  const id = env[WORKER_ID];
  const token = env[TOKEN];
  const inspectPort = env[INSPECT_PORT];
  const mode = env[MODE];
  if (id === undefined || token === undefined) return undefined;
  const before = env[NODE_OPTIONS_BEFORE] === undefined ? undefined : (JSON.parse(env[NODE_OPTIONS_BEFORE]) as string | null);
  if (before === null) delete env.NODE_OPTIONS;
  else if (before !== undefined) env.NODE_OPTIONS = before;
  delete env[WORKER_ID];
  delete env[TOKEN];
  delete env[NODE_OPTIONS_BEFORE];
  delete env[INSPECT_PORT];
  delete env[MODE];
  return {
    id: Number(id),
    token,
    ...(inspectPort === undefined ? {} : { inspectPort: Number(inspectPort) }),
    ...(mode === 'node' ? { mode } : {}),
  };
}
