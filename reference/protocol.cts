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
import { HandleSends, type Outgoing } from './handle-sends.cjs';

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

/** Deno loses a message carrying a handle that arrives with earlier unread data (handle-sends.cts). */
const QUIET_BEFORE_HANDLES = process.versions.deno !== undefined;
/** The acts of handle-sends.cts's requests and answers, handled here. */
const SYNC = 'sync';
const SYNCED = 'synced';

export interface ChannelOptions {
  /** Send a handle only once the peer confirmed reading all before it (default: on Deno). */
  quietBeforeHandles?: boolean;
  /** This side yields when both ask for a confirmation at once (the worker's side does). */
  yields?: boolean;
}

/** One side's view of the shared channel: sends internal messages and receives them, unseen by the user. */
export class Channel {
  readonly #endpoint: Endpoint;
  readonly #token: string;
  readonly #ordered: HandleSends | undefined;

  constructor(endpoint: Endpoint, token: string, onInternal: InternalHandler, options: ChannelOptions = {}) {
    this.#endpoint = endpoint;
    this.#token = token;
    const ordered = (options.quietBeforeHandles ?? QUIET_BEFORE_HANDLES) ? new HandleSends({
      write: (outgoing) => this.#write(outgoing),
      ask: () => this.#write(this.#outgoing({ act: SYNC })),
      answer: () => this.#write(this.#outgoing({ act: SYNCED })),
    }, options.yields === true) : undefined;
    this.#ordered = ordered;
    divert(endpoint, token, (body, handle) => {
      if (body.act === SYNC) ordered?.asked();
      else if (body.act === SYNCED) ordered?.answered();
      else onInternal(body, handle);
    });
    if (ordered) endpoint.once('disconnect', () => ordered.closed(channelClosed()));
  }

  /**
   * Sends an internal message; false if the channel is already closed (nothing to tell then). (Not send()'s
   * own result: that is also false when messages merely queue up.) `done` hears how the send ended; errors
   * are otherwise ignored: a channel closing mid-send is handled by whoever follows its 'disconnect'.
   */
  send(body: Body, handle?: unknown, options?: { keepOpen?: boolean }, done?: (error: Error | null) => void): boolean {
    if (!this.#endpoint.connected || !this.#endpoint.send) return false;
    const outgoing = this.#outgoing(body, handle, options, done);
    if (this.#ordered) this.#ordered.send(outgoing);
    else this.#write(outgoing);
    return true;
  }

  #outgoing(body: Body, handle?: unknown, options?: object, done?: (error: Error | null) => void): Outgoing {
    return { message: { ...body, [TAG]: this.#token }, handle, options: options ?? {}, done: done ?? (() => {}) };
  }

  #write({ message, handle, options, done }: Outgoing): void {
    if (this.#endpoint.connected && this.#endpoint.send) this.#endpoint.send(message, handle, options, done);
    else done(channelClosed());
  }
}

function channelClosed(): Error {
  return Object.assign(new Error('Channel closed'), { code: 'ERR_IPC_CHANNEL_CLOSED' });
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
