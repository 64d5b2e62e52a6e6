// Worked examples of the reference round-robin scheduler, including each call it documents as ignored.
import t from 'tap';
import { RoundRobinScheduler } from '../reference/round-robin-scheduler.cjs';

const handoff = (connection: string, worker: string) => ({ kind: 'handoff', connection, worker });
const close = (connection: string) => ({ kind: 'close', connection });

/** a holds c1, b holds c2, c3 waits. */
function busyPairWithOneWaiting(): RoundRobinScheduler<string, string> {
  const s = new RoundRobinScheduler<string, string>();
  s.addWorker('a');
  s.addWorker('b');
  for (const c of ['c1', 'c2', 'c3']) s.connectionArrived(c);
  return s;
}

t.test('free workers are served longest-free first; backlog waits in arrival order', async (tt) => {
  const s = new RoundRobinScheduler<string, string>();
  tt.same([...s.addWorker('a'), ...s.addWorker('b')], []);
  tt.same(s.connectionArrived('c1'), [handoff('c1', 'a')]);
  tt.same(s.connectionArrived('c2'), [handoff('c2', 'b')]);
  tt.same([...s.connectionArrived('c3'), ...s.connectionArrived('c4')], []);
  tt.equal(s.pendingCount, 2);
  tt.same(s.acknowledged('b', 'c2', true), [handoff('c3', 'b')]);
  tt.same(s.acknowledged('a', 'c1', true), [handoff('c4', 'a')]);
  tt.equal(s.heldBy('a'), 'c4');
});

t.test('a refusal removes the worker and the connection goes first to another one', async (tt) => {
  const s = busyPairWithOneWaiting();
  tt.same(s.acknowledged('a', 'c1', false), []);
  tt.equal(s.workerCount, 1);
  tt.same(s.acknowledged('b', 'c2', true), [handoff('c1', 'b')]);
});

t.test('a departing worker hands its connection on; the last one closes every waiting connection once', async (tt) => {
  const s = busyPairWithOneWaiting();
  tt.same(s.removeWorker('a'), []);
  tt.same(s.acknowledged('b', 'c2', true), [handoff('c1', 'b')]);
  tt.same(s.removeWorker('b'), [close('c1'), close('c3')]);
  tt.same(s.connectionArrived('c4'), [close('c4')], 'with no worker a new connection is closed at once');
  tt.same([s.workerCount, s.pendingCount], [0, 0]);
});

t.test('ignored calls change nothing', async (tt) => {
  const s = new RoundRobinScheduler<string, string>();
  s.addWorker('a');
  s.connectionArrived('c1');
  s.connectionArrived('c2');
  tt.same(s.addWorker('a'), [], 'adding a member twice');
  tt.same(s.removeWorker('zz'), [], 'removing an unknown worker');
  tt.same(s.connectionArrived('c2'), [], 'a waiting connection arriving again');
  tt.same(s.connectionArrived('c1'), [], 'a held connection arriving again');
  tt.same(s.acknowledged('a', 'c2', true), [], 'an answer for a connection the worker does not hold');
  tt.same(s.acknowledged('zz', 'c1', true), [], 'an answer from an unknown worker');
  tt.same([s.workerCount, s.freeCount, s.pendingCount, s.heldBy('a')], [1, 0, 1, 'c1']);
  tt.same(s.acknowledged('a', 'c1', true), [handoff('c2', 'a')]);
  tt.same(s.acknowledged('a', 'c1', true), [], 'the same answer twice');
});

t.test('a worker added again after leaving is a member like any other', async (tt) => {
  const s = new RoundRobinScheduler<string, string>();
  s.addWorker('a');
  s.connectionArrived('c1');
  s.removeWorker('a');
  tt.notOk(s.hasWorker('a'));
  tt.same(s.addWorker('a'), []);
  tt.same(s.connectionArrived('c2'), [handoff('c2', 'a')]);
});

t.test('capacity 2: fewest held first, longest free among equals; a full worker is skipped until it answers', async (tt) => {
  const s = new RoundRobinScheduler<string, string>(2);
  s.addWorker('a');
  s.addWorker('b');
  const handed = ['c1', 'c2', 'c3', 'c4', 'c5'].flatMap((c) => s.connectionArrived(c));
  tt.same(handed, [handoff('c1', 'a'), handoff('c2', 'b'), handoff('c3', 'a'), handoff('c4', 'b')]);
  tt.same([s.freeCount, s.pendingCount], [0, 1]);
  tt.same(s.acknowledged('a', 'c3', true), [handoff('c5', 'a')], 'answers may come in any order');
  tt.same(s.acknowledged('b', 'c2', true), []);
  tt.same(s.connectionArrived('c6'), [handoff('c6', 'b')], 'b holds one, a holds two');
});

t.test('capacity 2: a refuser still answers for its other connection; the latest refusal waits in front', async (tt) => {
  const s = new RoundRobinScheduler<string, string>(2);
  s.addWorker('a');
  s.addWorker('b');
  for (const c of ['c1', 'c2', 'c3', 'c4']) s.connectionArrived(c);
  tt.same(s.acknowledged('a', 'c1', false), []);
  tt.notOk(s.hasWorker('a'));
  tt.ok(s.holds('a', 'c3'));
  tt.same(s.acknowledged('a', 'c3', false), []);
  tt.same(s.acknowledged('b', 'c2', true), [handoff('c3', 'b')]);
  tt.same(s.acknowledged('b', 'c4', true), [handoff('c1', 'b')]);
});

t.test('a capacity that is not a positive integer is a RangeError', async (tt) => {
  for (const capacity of [0, -1, 1.5, Number.NaN]) tt.throws(() => new RoundRobinScheduler(capacity), RangeError);
});
