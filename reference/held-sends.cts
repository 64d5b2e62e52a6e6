/**
 * SPEC node.udp-01: send() on a worker's socket whose bind the primary has not answered yet is held, and goes
 * out once the socket is bound, from the shared socket, as Node queues sends made while a bind is under way.
 * Without this, send() on the still unbound socket would bind it to a port of its own first.
 */
import type { Socket } from 'node:dgram';

/** Holds the socket's sends until 'listening' (then sends them, in order); `cancel` drops them (the bind failed). */
export function holdSends(socket: Socket): { cancel(): void } {
  const held: unknown[][] = [];
  const hold = (...args: unknown[]) => {
    if (held.length === 0) socket.once('listening', release); // after the bind's own callback, as in Node
    held.push(args);
  };
  /** Back to the prototype's send(), unless the socket got another since (the shared socket's, forwarded). */
  const unhold = () => {
    if ((socket as { send: unknown }).send === hold) delete (socket as { send?: unknown }).send;
  };
  const release = () => {
    unhold();
    for (const args of held.splice(0)) (socket.send as (...a: unknown[]) => void)(...args);
  };
  Object.defineProperty(socket, 'send', { configurable: true, writable: true, value: hold });
  return {
    cancel() {
      socket.off('listening', release);
      held.length = 0;
      unhold(); // a later send() binds the socket on its own, as Node's does after a failed bind
    },
  };
}
