/**
 * The program model of the differential checks (pure): a cluster program is a list of steps over worker
 * slots. Slot k is the worker of the k-th `fork` step. Steps act in the primary (fork, send, kill, …), ask a
 * worker to act (commands: listen, close, send, disconnect, exit, …), or wait for something.
 */

/** How a worker's server listens or its socket binds (every address is on loopback). */
export const LISTEN_KINDS = [
  'tcp4', // listen(0, '127.0.0.1')
  'tcp6', // listen(0, '::1')
  'tcp4-shared', // listen(P, '127.0.0.1'), P one port chosen for the whole run
  'tcp4-exclusive', // listen({ port: 0, host: '127.0.0.1', exclusive: true })
  'unix-a', // listen(<dir>/a.sock)
  'unix-b', // listen(<dir>/b.sock)
  'udp4', // dgram udp4 bind(0, '127.0.0.1')
  'udp4-shared', // bind(Q, '127.0.0.1'), Q one port chosen for the whole run
  'udp4-exclusive', // bind({ port: 0, address: '127.0.0.1', exclusive: true })
] as const;
export type ListenKind = (typeof LISTEN_KINDS)[number];

/**
 * A worker keeps running after disconnect() while it holds one of these: disconnect() closes the servers and
 * sockets the cluster shares, not exclusive ones (Node 20, 26: a worker holding an exclusive TCP server or UDP
 * socket never exits; one holding a shared UDP socket exits with 0).
 */
export const KEEPS_WORKER_ALIVE: readonly ListenKind[] = ['tcp4-exclusive', 'udp4-exclusive'];
export const IS_TCP: readonly ListenKind[] = ['tcp4', 'tcp6', 'tcp4-shared', 'tcp4-exclusive', 'unix-a', 'unix-b'];

/** A message payload. JSON, plus one marker for `undefined`, which JSON cannot hold. */
export type Payload = null | boolean | number | string | Payload[] | { [key: string]: Payload };
export const UNDEFINED_PAYLOAD = { $undefined: true } as const;
/** Messages whose `cmd` starts with NODE_ are Node's internal ones: a worker never sees them as 'message'. */
export function isInternalPayload(payload: Payload): boolean {
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) && typeof payload.cmd === 'string' && payload.cmd.startsWith('NODE_');
}
export function isUndefinedPayload(payload: Payload): boolean {
  return payload !== null && typeof payload === 'object' && !Array.isArray(payload) && payload.$undefined === true;
}

/** A message the worker receives (and acknowledges): not internal, not undefined (send() throws for that). */
export function expectsReceipt(step: { message: Payload }): boolean {
  return !isInternalPayload(step.message) && !isUndefinedPayload(step.message);
}

export const HANDLE_KINDS = ['none', 'server', 'socket'] as const;
export type HandleKind = (typeof HANDLE_KINDS)[number];

/** fork() · fork({}) · fork({ DT_VAR: 'set' }). */
export const FORK_ENVS = ['none', 'empty', 'var'] as const;
export type ForkEnv = (typeof FORK_ENVS)[number];

/** Arguments of setupPrimary(): none, {}, or one setting. */
export const SETUP_VARIANTS = ['none', 'empty', 'silent', 'args', 'advanced', 'execArgv'] as const;
export type SetupVariant = (typeof SETUP_VARIANTS)[number];

export const KILL_SIGNALS = ['SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP'] as const;
export type KillSignal = (typeof KILL_SIGNALS)[number];

export const WAIT_FOR = ['online', 'ready', 'ack', 'disconnect', 'exit'] as const;
export type WaitFor = (typeof WAIT_FOR)[number];

export type Step =
  // In the primary.
  | { op: 'setupPrimary'; settings: SetupVariant }
  | { op: 'fork'; env: ForkEnv }
  | { op: 'send'; slot: number; message: Payload; handle: HandleKind }
  | { op: 'disconnect'; slot: number }
  | { op: 'kill'; slot: number; signal?: KillSignal }
  | { op: 'processKill'; slot: number; signal: KillSignal }
  | { op: 'destroy'; slot: number; signal?: KillSignal }
  | { op: 'processDisconnect'; slot: number }
  | { op: 'clusterDisconnect' }
  | { op: 'connect'; slot: number; server: number }
  // Asked of a worker (a command message; the worker acknowledges those that leave it running).
  | { op: 'listen'; slot: number; kind: ListenKind }
  | { op: 'close'; slot: number; server: number }
  | { op: 'workerSend'; slot: number; message: Payload; via: 'process' | 'worker' }
  | { op: 'workerDisconnect'; slot: number }
  | { op: 'workerExit'; slot: number; code: number }
  | { op: 'workerKill'; slot: number; signal?: KillSignal }
  | { op: 'workerCloseChannel'; slot: number }
  // Waiting, in the primary.
  | { op: 'wait'; slot: number; for: WaitFor }
  | { op: 'waitClusterDisconnect' };

export type Op = Step['op'];

export interface Program {
  /** The scheduling policy, set through cluster.schedulingPolicy before anything else; default: the module's. */
  policy?: 'rr' | 'none';
  steps: Step[];
}

export const COMMAND_OPS: readonly Op[] = ['listen', 'close', 'workerSend', 'workerDisconnect', 'workerExit', 'workerKill', 'workerCloseChannel'];
export function isCommand(step: Step): boolean {
  return COMMAND_OPS.includes(step.op);
}

/** The slot a step acts on, if any. */
export function slotOf(step: Step): number | undefined {
  return 'slot' in step ? step.slot : undefined;
}

/** One line saying what a step does, in the API's terms (for reports). */
export function describeStep(step: Step): string {
  const w = (slot: number) => `worker ${slot}`;
  switch (step.op) {
    case 'setupPrimary':
      return `setupPrimary(${step.settings === 'none' ? '' : step.settings})`;
    case 'fork':
      return `fork(${step.env === 'none' ? '' : step.env === 'empty' ? '{}' : '{ DT_VAR }'})`;
    case 'send':
      return `${w(step.slot)}.send(${JSON.stringify(step.message)}${step.handle === 'none' ? '' : `, <${step.handle}>`})`;
    case 'disconnect':
      return `${w(step.slot)}.disconnect()`;
    case 'kill':
      return `${w(step.slot)}.kill(${step.signal ?? ''})`;
    case 'processKill':
      return `${w(step.slot)}.process.kill(${step.signal})`;
    case 'destroy':
      return `${w(step.slot)}.destroy(${step.signal ?? ''})`;
    case 'processDisconnect':
      return `${w(step.slot)}.process.disconnect()`;
    case 'clusterDisconnect':
      return 'cluster.disconnect(callback)';
    case 'connect':
      return `connect to server ${step.server} of ${w(step.slot)}`;
    case 'listen':
      return `${w(step.slot)} listens (${step.kind})`;
    case 'close':
      return `${w(step.slot)} closes its server ${step.server}`;
    case 'workerSend':
      return `${w(step.slot)} sends ${JSON.stringify(step.message)} (${step.via === 'process' ? 'process.send' : 'cluster.worker.send'})`;
    case 'workerDisconnect':
      return `${w(step.slot)} calls cluster.worker.disconnect()`;
    case 'workerExit':
      return `${w(step.slot)} calls process.exit(${step.code})`;
    case 'workerKill':
      return `${w(step.slot)} calls cluster.worker.kill(${step.signal ?? ''})`;
    case 'workerCloseChannel':
      return `${w(step.slot)} calls process.disconnect()`;
    case 'wait':
      return `wait for ${w(step.slot)}: ${step.for}`;
    case 'waitClusterDisconnect':
      return "wait for cluster.disconnect()'s callback";
  }
}
