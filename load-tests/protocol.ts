// Messages of the load server: commands the orchestrator writes to the
// primary's stdin, events the primary writes to stdout (one JSON object per
// line), and the messages the primary exchanges with its workers over IPC.

export type Command =
  | { cmd: 'stats' } // per-worker counts of the live workers
  | { cmd: 'reset' } // zero every live worker's counts
  | { cmd: 'restart'; drain: boolean } // rolling restart: replace every worker, one at a time
  | { cmd: 'kill' }; // SIGKILL the oldest live worker

export interface WorkerCount {
  id: number;
  pid: number;
  connections: number;
  requests: number;
}

export type LifecycleName = 'fork' | 'online' | 'listening' | 'disconnect' | 'exit';

export type ServerEvent =
  | { type: 'ready'; port: number; workers: number }
  | { type: 'stats'; counts: WorkerCount[] }
  | { type: 'reset' }
  | { type: 'lifecycle'; event: LifecycleName; id: number; pid: number; code?: number | null; signal?: string | null }
  | { type: 'restarted'; replaced: number }
  | { type: 'killed'; id: number; pid: number; open: number } // open: its connections just before the kill
  | { type: 'error'; message: string };

// Primary → worker, and the worker's reply (tagged so they never clash with other messages).
export interface WorkerRequest {
  load: 'count' | 'reset' | 'drain';
}
export interface WorkerReply {
  load: 'count';
  connections: number;
  requests: number;
  /** Connections open right now. */
  open: number;
}

const commands = new Set(['stats', 'reset', 'restart', 'kill']);

/** Parses one stdin line into a command; throws a clear error for anything else. */
export function parseCommand(line: string): Command {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`load server: command is not JSON: ${line.slice(0, 80)}`);
  }
  const cmd = (value as { cmd?: unknown } | null)?.cmd;
  if (typeof cmd !== 'string' || !commands.has(cmd)) {
    throw new Error(`load server: unknown command ${JSON.stringify(cmd)}; expected one of ${[...commands].join(', ')}`);
  }
  if (cmd === 'restart') return { cmd, drain: (value as { drain?: unknown }).drain === true };
  return { cmd } as Command;
}

/** Parses one stdout line of the primary; null for lines that are not events. */
export function parseEvent(line: string): ServerEvent | null {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
      return value as ServerEvent;
    }
  } catch {
    // not ours: a target might print to stdout
  }
  return null;
}

export function isWorkerReply(message: unknown): message is WorkerReply {
  return typeof message === 'object' && message !== null && (message as { load?: unknown }).load === 'count';
}

export function isWorkerRequest(message: unknown): message is WorkerRequest {
  const load = typeof message === 'object' && message !== null ? (message as { load?: unknown }).load : undefined;
  return load === 'count' || load === 'reset' || load === 'drain';
}
