// breaks: how-20
// does: a worker forked after another worker died does not join the shared port: its listen(0) gets a port of its own
// touches: how-21, how-22
const { nodeCluster, replaceMethod, changeListen } = require('../lib/plant.cjs');

const MARK = 'CC_PLANT_AFTER_A_DEATH';
const cluster = nodeCluster();
if (cluster.isPrimary) {
  let died = false;
  cluster.on('exit', () => (died = true));
  replaceMethod(cluster, 'fork', (fork) => (env) => fork(died ? { ...env, [MARK]: '1' } : env));
}
module.exports = changeListen(cluster, (target) => (target?.port === 0 && process.env[MARK] ? { ...target, exclusive: true } : undefined));
