// breaks: node.worker-09
// does: messages whose cmd starts with NODE_ are delivered as user messages, in both directions
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');

const cluster = nodeCluster();
const reserved = (message) => typeof message?.cmd === 'string' && message.cmd.startsWith('NODE_') && !message.cmd.startsWith('NODE_CLUSTER');
// Not documented: 'internalMessage' is where Node's child_process puts them instead of 'message'.
if (cluster.isPrimary) {
  cluster.on('fork', (worker) => worker.process.on('internalMessage', (message) => reserved(message) && worker.process.emit('message', message)));
} else {
  process.on('internalMessage', (message) => reserved(message) && process.emit('message', message));
}
module.exports = cluster;
