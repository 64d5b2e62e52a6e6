// Broken on purpose: messages whose cmd starts with NODE_ are delivered as user messages, in both directions.
const cluster = require('node:cluster');

const reserved = (message) => typeof message?.cmd === 'string' && message.cmd.startsWith('NODE_') && !message.cmd.startsWith('NODE_CLUSTER');
// 'internalMessage' is where Node's child_process puts them instead of 'message'.
if (cluster.isPrimary) {
  cluster.on('fork', (worker) => worker.process.on('internalMessage', (message) => reserved(message) && worker.process.emit('message', message)));
} else {
  process.on('internalMessage', (message) => reserved(message) && process.emit('message', message));
}
module.exports = cluster;
