// breaks: cluster.event.fork-01
// does: cluster emits 'fork' for the first worker only, not each time a worker is forked
// touches: cluster.event.online-03
const { nodeCluster, changeEvents } = require('../lib/plant.cjs');

let forks = 0;
module.exports = changeEvents(nodeCluster(), (name) => (name === 'fork' && ++forks > 1 ? null : undefined));
