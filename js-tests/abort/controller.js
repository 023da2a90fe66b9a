// AbortController and AbortSignal: abort(reason), the default AbortError DOMException, the
// trusted 'abort' event, onabort, throwIfAborted and AbortSignal.abort().
const { getEventListeners } = require('events');
const log = (...args) => console.log(...args);

const controller = new AbortController();
const { signal } = controller;
log('initial', signal.aborted, signal.reason, signal.onabort, controller.signal === signal);
signal.onabort = function (event) {
  log('onabort', this === signal, event.type, event.isTrusted, event.constructor.name, event.target === signal,
    signal.aborted);
};
signal.addEventListener('abort', (event) => log('listener', event.type, event.cancelable, event.bubbles));
log('throwIfAborted before', signal.throwIfAborted());
controller.abort();
const reason = signal.reason;
log('reason', reason instanceof DOMException, reason instanceof Error, reason.name, reason.message, reason.code);
log('stack header', reason.stack.split('\n')[0]);
controller.abort('second abort is ignored');
log('same reason', signal.reason === reason);
try {
  signal.throwIfAborted();
} catch (err) {
  log('throwIfAborted throws the reason', err === reason);
}

for (const value of ['text', 0, null, { custom: true }]) {
  const c = new AbortController();
  c.abort(value);
  log('abort with', value, '->', c.signal.reason);
}
const undefinedReason = new AbortController();
undefinedReason.abort(undefined);
log('undefined reason becomes', undefinedReason.signal.reason.name);

const pre = AbortSignal.abort();
log('AbortSignal.abort()', pre.aborted, pre.reason.name, pre.reason.message);
log('AbortSignal.abort(42)', AbortSignal.abort(42).reason);
let heard = false;
pre.addEventListener('abort', () => { heard = true; });
log('no event for an already aborted signal', heard);

// onabort keeps the position of its first assignment; non-functions are stored but not called.
const c2 = new AbortController();
const order = [];
c2.signal.addEventListener('abort', () => order.push('l1'));
c2.signal.onabort = 5;
log('onabort 5', c2.signal.onabort, getEventListeners(c2.signal, 'abort').length);
c2.signal.addEventListener('abort', () => order.push('l2'));
c2.signal.onabort = () => order.push('handler');
c2.signal.onabort = null;
log('onabort null', c2.signal.onabort, getEventListeners(c2.signal, 'abort').length);
c2.signal.onabort = { handleEvent() { order.push('object handler'); } };
c2.signal.onabort = () => order.push('handler2');
c2.abort();
log('order', order);

// A listener that stops immediate propagation does not stop the internal ones.
const c3 = new AbortController();
c3.signal.addEventListener('abort', (e) => { e.stopImmediatePropagation(); log('stopper'); });
c3.signal.addEventListener('abort', () => log('not called'));
require('events').once(c3.signal, 'abort').then(([e]) => log('events.once still resolved', e.type));
c3.abort();

// Dispatching an 'abort' Event by hand does not abort the signal.
const c4 = new AbortController();
c4.signal.onabort = () => log('manual abort event');
log('dispatch', c4.signal.dispatchEvent(new Event('abort')), c4.signal.aborted);
