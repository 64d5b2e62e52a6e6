/**
 * The createSocket() options of the dgram sockets made in a worker. A socket keeps them in private state only,
 * yet a bind through the primary must be made with them (SPEC node.udp-06, -07), and `reusePort` keeps the bind
 * in the worker (node.udp-08): dgram.createSocket is wrapped to note them, the documented way to make a socket.
 */
import dgram = require('node:dgram');
import nodeModule = require('node:module');

/** The options that change where and how a worker's socket is bound. */
export interface SocketFlags {
  reuseAddr: boolean;
  ipv6Only: boolean;
  reusePort: boolean;
}

const flags = new WeakMap<dgram.Socket, SocketFlags>();

export function installSocketOptions(): void {
  const createSocket = dgram.createSocket;
  (dgram as { createSocket: unknown }).createSocket = function (this: unknown, ...args: unknown[]) {
    const socket = (createSocket as (...a: unknown[]) => dgram.Socket).apply(this, args);
    const options = typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : {};
    flags.set(socket, { reuseAddr: options.reuseAddr === true, ipv6Only: options.ipv6Only === true, reusePort: options.reusePort === true });
    return socket;
  };
  // `import { createSocket } from 'node:dgram'` gets the wrapper too (where the runtime has this call).
  (nodeModule as { syncBuiltinESMExports?: () => void }).syncBuiltinESMExports?.();
}

export function flagsOf(socket: dgram.Socket): SocketFlags {
  return flags.get(socket) ?? { reuseAddr: false, ipv6Only: false, reusePort: false };
}
