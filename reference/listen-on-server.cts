/**
 * SPEC how-13: in a worker, server.listen(handle) uses the handle itself, without the primary. The runtime's own
 * listen() does that; Bun's net rejects a net.Server given as the handle (ERR_INVALID_ARG_VALUE, README). Then the
 * server takes the connections that the given server accepts, as a server fed by the cluster does
 * (worker-cluster-server.cts): 'listening', address() and a close() that closes the given server too.
 */
import { Server, type Socket } from 'node:net';
import { listenThroughCluster, takeConnection } from './worker-cluster-server.cjs';

type Listen = (this: Server, ...args: unknown[]) => Server;

/** `listen` applied to `args`; if it rejects a listening net.Server as the handle, the server takes that one's connections. */
export function listenOnHandle(server: Server, args: unknown[], listen: Listen): Server {
  try {
    return listen.apply(server, args);
  } catch (error) {
    const [handle] = args;
    if ((error as NodeJS.ErrnoException).code !== 'ERR_INVALID_ARG_VALUE' || !(handle instanceof Server) || !handle.listening) throw error;
    const callback = args.at(-1); // listen(handle[, backlog][, callback])
    if (typeof callback === 'function') server.once('listening', callback as () => void);
    handle.on('connection', (socket: Socket) => {
      if (!takeConnection(server, socket)) socket.destroy();
    });
    listenThroughCluster(server, handle.address() as object, () => handle.close());
    return server;
  }
}
