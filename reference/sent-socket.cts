/**
 * SPEC worker.send-05: a net.Socket sent without keepOpen is closed in the sending process. Deno closes the
 * sender's copy only some time after send()'s callback, so a write made in that callback still reaches the peer
 * (README, Results on other runtimes); there Worker#send closes it itself before calling back.
 */
import { Socket } from 'node:net';

/** Deno's child_process closes a sent socket late. */
export const CLOSES_SENT_SOCKETS_LATE = process.versions.deno !== undefined;

/**
 * send()'s arguments (message[, handle[, options]][, callback]) with a callback that first closes a net.Socket
 * sent without keepOpen, once sent. Without a callback of the caller's, a failed send goes to `onError`, as
 * send() would report it (an 'error' event). Other arguments come back unchanged.
 */
export function closingSentSocket(args: unknown[], onError: (error: Error) => void): unknown[] {
  const [message, handle, third, fourth] = args;
  const options = typeof third === 'object' && third !== null ? (third as { keepOpen?: unknown }) : undefined;
  if (!(handle instanceof Socket) || options?.keepOpen) return args;
  const callback = [third, fourth].find((arg) => typeof arg === 'function') as ((error: Error | null) => void) | undefined;
  const closing = (error: Error | null) => {
    if (error === null) handle.destroy();
    if (callback) callback(error);
    else if (error !== null) onError(error);
  };
  return [message, handle, options ?? {}, closing];
}
