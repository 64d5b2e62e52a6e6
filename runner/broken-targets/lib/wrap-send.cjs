// For broken targets that change how handles are sent: replaces `owner.send`
// (Worker.prototype.send in the primary, process.send in a worker) with one
// that hands its arguments, normalised to { message, handle, options, callback },
// to `change`, which sends what it wants with `send` (or not), and returns send()'s result; `owner` is
// the Worker or process that send() was called on.
function wrapSend(owner, change) {
  const send = owner.send;
  owner.send = function (message, handle, options, callback) {
    if (typeof handle === 'function') [handle, options, callback] = [undefined, undefined, handle];
    else if (typeof options === 'function') [options, callback] = [undefined, options];
    const real = (next) => send.call(this, next.message, next.handle, next.options, next.callback);
    return change({ message, handle, options, callback }, real, this);
  };
}

module.exports = { wrapSend };
