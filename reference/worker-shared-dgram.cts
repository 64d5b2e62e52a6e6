/**
 * A worker's dgram socket bound through the primary (SPEC cluster.event.listening-08, -09): the
 * primary binds one socket and sends it to each worker that asks. The user's socket object cannot take
 * over a received handle through public APIs, so it forwards its methods to the received socket and
 * re-emits that socket's events: it behaves as the bound socket in every documented way.
 */
import { Socket } from 'node:dgram';

const FORWARDED_EVENTS = ['message', 'error', 'close', 'connect'] as const;

export function adoptSharedSocket(user: Socket, shared: Socket): void {
  for (const name of Object.getOwnPropertyNames(Socket.prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(Socket.prototype, name);
    if (name === 'constructor' || name === 'bind' || typeof descriptor?.value !== 'function') continue;
    const method = descriptor.value as (...args: unknown[]) => unknown;
    Object.defineProperty(user, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        const result = method.apply(shared, args);
        return result === shared ? user : result; // chained calls keep returning the user's socket
      },
    });
  }
  for (const event of FORWARDED_EVENTS) shared.on(event, (...args: unknown[]) => user.emit(event, ...args));
  process.nextTick(() => user.emit('listening'));
}
