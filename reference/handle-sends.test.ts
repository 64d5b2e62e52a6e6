// HandleSends on a recorded wire, and a Channel pair in that mode over fake endpoints: a handle goes only once
// the peer confirmed reading everything before it; order kept; crossing requests settle; a close fails what waits.
import { EventEmitter } from 'node:events';
import t from 'tap';
import { HandleSends, type Outgoing } from './handle-sends.cjs';
import { Channel, type Body, type Endpoint } from './protocol.cjs';

function recorded(yields: boolean): { sends: HandleSends; wire: string[] } {
  const wire: string[] = [];
  const sends = new HandleSends({
    write: (outgoing) => wire.push(`${(outgoing.message as { n: string }).n}${outgoing.handle == null ? '' : '+handle'}`),
    ask: () => wire.push('ask'),
    answer: () => wire.push('answer'),
  }, yields);
  return { sends, wire };
}

function outgoing(n: string, handle?: unknown, done: (error: Error | null) => void = () => {}): Outgoing {
  return { message: { n }, handle, options: {}, done };
}

t.test('a handle after anything unconfirmed waits for the answer; later messages wait behind it', async (t) => {
  const { sends, wire } = recorded(false);
  sends.send(outgoing('h1', {}));
  t.same(wire, ['h1+handle'], 'nothing sent before: the handle goes at once');
  sends.send(outgoing('p1'));
  sends.send(outgoing('h2', {}));
  sends.send(outgoing('p2'));
  t.same(wire, ['h1+handle', 'p1', 'ask']);
  sends.answered();
  t.same(wire, ['h1+handle', 'p1', 'ask', 'h2+handle', 'p2']);
});

t.test('crossing requests: the yielding side answers at once and asks again', async (t) => {
  const { sends, wire } = recorded(true);
  sends.send(outgoing('p'));
  sends.send(outgoing('h', {}));
  sends.asked();
  t.same(wire, ['p', 'ask', 'answer']);
  sends.answered();
  t.same(wire, ['p', 'ask', 'answer', 'ask'], 'its answer went after its request: it asks again');
  sends.answered();
  t.same(wire, ['p', 'ask', 'answer', 'ask', 'h+handle']);
});

t.test('crossing requests: the other side holds its answers until its handle is out', async (t) => {
  const { sends, wire } = recorded(false);
  sends.send(outgoing('p'));
  sends.send(outgoing('h1', {}));
  sends.send(outgoing('h2', {}));
  sends.asked();
  sends.asked();
  t.same(wire, ['p', 'ask']);
  sends.answered();
  t.same(wire, ['p', 'ask', 'h1+handle', 'answer', 'answer', 'ask'], 'held answers go before its next request');
  sends.answered();
  sends.asked();
  t.same(wire, ['p', 'ask', 'h1+handle', 'answer', 'answer', 'ask', 'h2+handle', 'answer'], 'not asking: answered at once');
});

t.test('a close fails every message still waiting', async (t) => {
  const { sends } = recorded(false);
  const errors: (Error | null)[] = [];
  sends.send(outgoing('p'));
  sends.send(outgoing('h', {}, (error) => errors.push(error)));
  sends.asked();
  const closed = new Error('closed');
  sends.closed(closed);
  t.same(errors, [closed]);
});

/** Two connected fake endpoints; what one sends reaches the other's 'message' listeners on a later turn. */
function pair(): [Endpoint, Endpoint] {
  const make = (): Endpoint & { peer?: EventEmitter } => Object.assign(new EventEmitter(), { connected: true });
  const a = make();
  const b = make();
  const link = (from: typeof a, to: typeof b) => {
    from.send = (message: unknown, handle?: unknown, _options?: object, callback?: (error: Error | null) => void) => {
      setImmediate(() => {
        to.emit('message', message, handle ?? undefined);
        callback?.(null);
      });
      return true;
    };
  };
  link(a, b);
  link(b, a);
  return [a, b];
}

t.test('a Channel pair in that mode delivers everything in order, the sync messages unseen', async (t) => {
  const [primaryEnd, workerEnd] = pair();
  const received: [string, unknown][] = [];
  const seenByUser: unknown[] = [];
  workerEnd.on('message', (message) => seenByUser.push(message));
  const primary = new Channel(primaryEnd, 'token', () => {}, { quietBeforeHandles: true });
  const allIn = new Promise<void>((resolve) => {
    new Channel(workerEnd, 'token', (body: Body, handle) => {
      received.push([body.act, handle]);
      if (received.length === 3) resolve();
    }, { quietBeforeHandles: true, yields: true });
  });
  const handle = { a: 'handle' };
  t.equal(primary.send({ act: 'one' }), true);
  primary.send({ act: 'two' }, handle);
  primary.send({ act: 'three' });
  await allIn;
  t.same(received, [['one', undefined], ['two', handle], ['three', undefined]]);
  t.same(seenByUser, [], 'internal messages, sync requests included, reach no user listener');

  const failed = new Promise<Error | null>((resolve) => primary.send({ act: 'four' }, handle, {}, resolve));
  primaryEnd.connected = false;
  primaryEnd.emit('disconnect');
  t.match(await failed, { code: 'ERR_IPC_CHANNEL_CLOSED' }, 'a handle waiting for its answer fails when the channel closes');
  t.equal(primary.send({ act: 'five' }), false, 'nothing is sent on a closed channel');
});
