/**
 * The reference's own messages between primary and workers, and how they are told apart from user messages.
 *
 * Both sides share one IPC channel with the user (SPEC how-01: workers are child_process.fork() children).
 * An internal message is a plain object whose property TAG holds the secret token the primary generated
 * for this cluster (handed to workers in their environment). A user message can only be mistaken for an
 * internal one by carrying that exact token, so no user message is ever swallowed, whatever its shape.
 * Internal messages are diverted before the channel owner's 'message' listeners run, so they never
 * surface as user 'message' events (SPEC worker.disconnect-04, worker.event.message-01, cluster.event.message-01).
 */
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { hideFromListeners } from './listener-filter.cjs';

const TAG = '__clusterConformance';

/** What an internal message carries besides the tag: an action name and its data. */
export interface Body {
  act: string;
  [field: string]: unknown;
}

export type InternalHandler = (body: Body, handle: unknown) => void;

/** A process end of the IPC channel: the worker's `process` or the primary's ChildProcess. */
export interface Endpoint extends EventEmitter {
  send?(message: unknown, handle?: unknown, options?: object, callback?: (error: Error | null) => void): boolean;
  connected?: boolean;
}

export function newToken(): string {
  return randomUUID();
}

export function isInternal(message: unknown, token: string): message is Body {
  return typeof message === 'object' && message !== null && Object.hasOwn(message, TAG) &&
    (message as Record<string, unknown>)[TAG] === token;
}

/** One side's view of the shared channel: sends internal messages and receives them, unseen by the user. */
export class Channel {
  readonly #endpoint: Endpoint;
  readonly #token: string;

  constructor(endpoint: Endpoint, token: string, onInternal: InternalHandler) {
    this.#endpoint = endpoint;
    this.#token = token;
    divert(endpoint, token, onInternal);
  }

  /**
   * Sends an internal message; false if the channel is already closed (nothing to tell then). (Not send()'s
   * own result: that is also false when messages merely queue up.) `done` hears how the send ended; errors
   * are otherwise ignored: a channel closing mid-send is handled by whoever follows its 'disconnect'.
   */
  send(body: Body, handle?: unknown, options?: { keepOpen?: boolean }, done?: (error: Error | null) => void): boolean {
    if (!this.#endpoint.connected || !this.#endpoint.send) return false;
    this.#endpoint.send({ ...body, [TAG]: this.#token }, handle, options ?? {}, done ?? (() => {}));
    return true;
  }
}

/**
 * Bun calls the 'message' listeners of the global `process` natively, without going through process.emit
 * (its ChildProcess does go through emit); there the listeners added later are wrapped instead.
 */
const PROCESS_EMIT_BYPASSED = process.versions.bun !== undefined;

/**
 * Receives internal messages through a 'message' listener of its own (Node reads an IPC channel only while
 * someone listens for 'message'), and wraps the endpoint's emit so that an internal message reaches that
 * listener alone, never the user's.
 */
function divert(endpoint: Endpoint, token: string, onInternal: InternalHandler): void {
  const receive = (message: unknown, handle: unknown) => {
    if (isInternal(message, token)) onInternal(message, handle);
  };
  endpoint.on('message', receive);
  const emit = endpoint.emit;
  endpoint.emit = function (this: Endpoint, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'message' || !isInternal(args[0], token)) return emit.call(this, event, ...args);
    receive(args[0], args[1]);
    return true;
  } as typeof endpoint.emit;
  if (PROCESS_EMIT_BYPASSED && endpoint === process) hideFromListeners(endpoint, 'message', ([message]) => isInternal(message, token));
}
