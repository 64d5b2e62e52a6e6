// Broken on purpose: in a worker, process.send() ignores keepOpen: a sent net.Socket is always closed in the worker.
const cluster = require('node:cluster');
const { wrapSend } = require('./lib/wrap-send.cjs');

if (cluster.isWorker) wrapSend(process, (args, send) => send({ ...args, options: { ...args.options, keepOpen: false } }));
module.exports = cluster;
