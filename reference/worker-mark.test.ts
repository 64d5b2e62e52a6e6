// Marking a worker's environment and taking the mark off again (pure apart from process.versions).
import t from 'tap';
import { markedEnvironment, takeMark } from './worker-mark.cjs';

t.test('the mark round-trips and leaves the environment as it was', async (t) => {
  for (const before of [{ A: '1' }, { A: '1', NODE_OPTIONS: '--max-old-space-size=100' }]) {
    const env = markedEnvironment(before, { id: 3, token: 'secret' }, '/x y/index.cjs');
    t.match(env.NODE_OPTIONS, /--require "\/x y\/index\.cjs"$/, 'the entry is preloaded, quoted');
    t.same(takeMark(env), { id: 3, token: 'secret' });
    t.same(env, before, 'mark removed, NODE_OPTIONS restored');
  }
});

t.test("the primary's inspector port for the worker round-trips too", async (t) => {
  const env = markedEnvironment({}, { id: 1, token: 'k', inspectPort: 9555 }, '/index.cjs');
  t.same(takeMark(env), { id: 1, token: 'k', inspectPort: 9555 });
  t.same(env, {});
});

t.test('an unmarked environment is left alone', async (t) => {
  const env = { NODE_OPTIONS: '--trace-warnings' };
  t.equal(takeMark(env), undefined);
  t.same(env, { NODE_OPTIONS: '--trace-warnings' });
});

t.test('a mark without a preload keeps the NODE_OPTIONS it finds', async (t) => {
  const env = { CLUSTER_CONFORMANCE_WORKER_ID: '1', CLUSTER_CONFORMANCE_TOKEN: 'k', NODE_OPTIONS: '--x' };
  t.same(takeMark(env), { id: 1, token: 'k' });
  t.same(env, { NODE_OPTIONS: '--x' });
});

t.test("the primary's Node-compatible mode round-trips", async (t) => {
  const env = markedEnvironment({}, { id: 2, token: 'k', mode: 'node' }, '/index.cjs');
  t.same(takeMark(env), { id: 2, token: 'k', mode: 'node' });
  t.same(env, {});
});
