// What the lifecycle test asks the lifecycle-steps fixture to do, and what the fixture reports back.
// Workers are named by fork index (0 = first forked), never by worker.id, so the model assumes nothing
// about how an implementation numbers its workers.

export type Emitter = 'cluster' | 'worker';
/** An event the fixture must see before a step counts as settled: emitter, event name, fork index. */
export type AwaitedEvent = [emitter: Emitter, name: string, index: number];

/** What to do; `index` is the fork index of the worker acted on. */
export type ActionBody =
  | { op: 'fork'; graceful: boolean } // graceful: the worker handles SIGTERM, finishing briefly before dying of it
  | { op: 'connect' }
  | { op: 'kill'; index: number; signal?: NodeJS.Signals }
  | { op: 'disconnect'; index: number }
  | { op: 'closeChannel'; index: number }
  | { op: 'send'; index: number; payload: number };

export type Action = ActionBody & { awaits: AwaitedEvent[] };

/** An event as seen in the primary; `detail` is [code, signal] for exit, the message for message. */
export type SeenEvent = [emitter: Emitter, name: string, index: number, detail?: unknown];

export type WorkerState = { isDead: unknown; isConnected: unknown; exitedAfterDisconnect: unknown };

/** Fork index of the worker that served a connection, or the connection error code, or 'no-port'. */
export type ConnectResult = number | string;

export type StepReport = {
  step: number;
  /** Every cluster and Worker event emitted during the step, in order. */
  events: SeenEvent[];
  /** Fork indexes of the workers in cluster.workers, ascending; -1 for a worker this fixture did not fork. */
  workers: number[];
  /** Whether every key of cluster.workers is the id of the worker stored under it. */
  keysAreIds: boolean;
  /** State of every worker forked so far, by fork index. */
  states: WorkerState[];
  result?: ConnectResult;
  /** The awaited events did not all arrive within the step timeout. */
  timedOut: boolean;
};
