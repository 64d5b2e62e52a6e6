// Worker role of the load server: an HTTP server on the shared port that
// counts the connections and requests it receives and reports them on request.
// Told to drain, it answers every further request with `Connection: close`, so
// keep-alive clients leave after a complete response instead of having an idle
// connection cut under a request they are sending (what server.close() does).
import http from 'node:http';
import { isWorkerRequest, type WorkerReply } from './protocol.js';

export function runWorker(): void {
  let connections = 0;
  let requests = 0;
  let open = 0;
  let draining = false;

  const server = http.createServer((_req, res) => {
    requests++;
    if (draining) res.setHeader('Connection', 'close');
    res.end('ok');
  });
  server.on('connection', (socket) => {
    connections++;
    open++;
    socket.on('close', () => open--);
  });
  // Port 0: in a cluster every worker gets the same port, chosen once.
  server.listen(0, '127.0.0.1');

  process.on('message', (message: unknown) => {
    if (!isWorkerRequest(message)) return;
    if (message.load === 'reset') {
      connections = 0;
      requests = 0;
    }
    if (message.load === 'drain') draining = true;
    const reply: WorkerReply = { load: 'count', connections, requests, open };
    process.send?.(reply);
  });
}
