// hideFromListeners on a plain EventEmitter: hidden emissions reach no listener added after it, however added;
// removing and listing listeners work with the functions given.
import { EventEmitter } from 'node:events';
import t from 'tap';
import { hideFromListeners } from './listener-filter.cjs';

const HIDDEN = 'internal';

function filtered(): EventEmitter {
  const emitter = new EventEmitter();
  hideFromListeners(emitter, 'message', ([message]) => message === HIDDEN);
  return emitter;
}

t.test('every way of adding a listener skips hidden emissions', async (t) => {
  const emitter = filtered();
  const seen: string[] = [];
  const record = (name: string) => (message: unknown) => void seen.push(`${name}:${String(message)}`);
  emitter.on('message', record('on'));
  emitter.addListener('message', record('add'));
  emitter.prependListener('message', record('prepend'));
  emitter.once('message', record('once'));
  emitter.prependOnceListener('message', record('prependOnce'));
  emitter.emit('message', HIDDEN);
  t.same(seen, [], 'no listener called for a hidden emission');
  emitter.emit('message', 'a');
  emitter.emit('message', 'b');
  t.same(seen, ['prependOnce:a', 'prepend:a', 'on:a', 'add:a', 'once:a', 'prepend:b', 'on:b', 'add:b'], 'once-listeners used up by the first visible emission');
  t.equal(emitter.listenerCount('message'), 3);
});

t.test('listeners receive the emitted arguments with the emitter as this', async (t) => {
  const emitter = filtered();
  let call: [unknown, unknown[]] | undefined;
  emitter.on('message', function (this: unknown, ...args: unknown[]) {
    call = [this, args];
  });
  emitter.emit('message', 'm', 'handle');
  t.same(call?.[1], ['m', 'handle']);
  t.equal(call?.[0], emitter);
});

t.test('removing by the function given, the last added copy first; listeners() lists the functions given', async (t) => {
  const emitter = filtered();
  const calls: string[] = [];
  const one = () => void calls.push('one');
  const two = () => void calls.push('two');
  emitter.on('message', one).on('message', two).on('message', one);
  t.same(emitter.listeners('message'), [one, two, one]);
  emitter.off('message', one);
  t.same(emitter.listeners('message'), [one, two]);
  emitter.removeListener('message', one);
  emitter.removeListener('message', one); // no longer there: nothing happens
  emitter.emit('message', 'x');
  t.same(calls, ['two']);
  const once = () => {};
  emitter.once('message', once);
  emitter.removeListener('message', once);
  t.same(emitter.listeners('message'), [two], 'a once-listener removed before being called');
});

t.test('other events and non-function listeners are left to the emitter', async (t) => {
  const emitter = filtered();
  const seen: unknown[] = [];
  const other = (value: unknown) => void seen.push(value);
  emitter.on('other', other);
  emitter.emit('other', HIDDEN);
  t.same(seen, [HIDDEN], 'emissions of another event are not filtered');
  t.same(emitter.listeners('other'), [other]);
  emitter.off('other', other);
  t.equal(emitter.listenerCount('other'), 0);
  t.throws(() => emitter.on('message', 'not a function' as never), { code: 'ERR_INVALID_ARG_TYPE' }, 'a bad listener gets the emitter’s own error');
});
