// EventTarget dispatch as Node 20 does it: registration order, duplicates of (listener,
// capture), `once`, listener objects, `this`, and listeners added or removed during a dispatch.
const { getEventListeners } = require('events');

const target = new EventTarget();
const log = (...args) => console.log(...args);

// Duplicates are ignored; capture makes a second registration; `once` does not.
function dup() { log('dup'); }
target.addEventListener('d', dup);
target.addEventListener('d', dup);
target.addEventListener('d', dup, { capture: true });
target.addEventListener('d', dup, { once: true });
log('dispatch d', target.dispatchEvent(new Event('d')));
log('listeners', getEventListeners(target, 'd').length);
target.removeEventListener('d', dup);
log('after remove', getEventListeners(target, 'd').length);
// A bare boolean is not read as capture by removeEventListener (Node reads options.capture).
target.removeEventListener('d', dup, true);
log('after remove(true)', getEventListeners(target, 'd').length);
target.removeEventListener('d', dup, { capture: true });
log('after remove({capture})', getEventListeners(target, 'd').length);
target.addEventListener('c1', dup, { capture: 1 });
target.removeEventListener('c1', dup, { capture: 1 });
log('capture: 1 stays', getEventListeners(target, 'c1').length);
log('no listeners', getEventListeners(target, 'none'));

// once
target.addEventListener('o', () => log('once fired'), { once: true });
target.dispatchEvent(new Event('o'));
target.dispatchEvent(new Event('o'));
log('once left', getEventListeners(target, 'o').length);

// Removing a later listener skips it; one appended while the last listener runs is not called,
// one appended behind a later listener is.
const t2 = new EventTarget();
function a() { log('a'); t2.addEventListener('z', c); t2.removeEventListener('z', b); }
function b() { log('b'); }
function c() { log('c'); }
t2.addEventListener('z', a);
t2.addEventListener('z', b);
t2.dispatchEvent(new Event('z'));
log('--');
t2.dispatchEvent(new Event('z'));
const t3 = new EventTarget();
t3.addEventListener('x', () => { log('first'); t3.addEventListener('x', () => log('added during')); });
t3.dispatchEvent(new Event('x'));
log('second dispatch');
t3.dispatchEvent(new Event('x'));

// this, arguments and listener objects (handleEvent looked up at dispatch time)
const t4 = new EventTarget();
t4.addEventListener('x', function (event) { log('function this is target', this === t4, arguments.length, event.type); });
const handler = { handleEvent(event) { log('handleEvent this is object', this === handler, event.type); } };
t4.addEventListener('x', handler);
const late = {};
t4.addEventListener('x', late);
late.handleEvent = () => log('late handleEvent');
t4.addEventListener('x', {});
log('dispatch x', t4.dispatchEvent(new Event('x')));

// Types are strings: numbers and objects convert.
const t5 = new EventTarget();
t5.addEventListener(1, () => log('type 1'));
t5.dispatchEvent(new Event('1'));
t5.addEventListener({ toString() { return 'obj'; } }, () => log('type obj'));
t5.dispatchEvent(new Event('obj'));

// Event state during and after dispatch, and dispatching the same event again.
const t6 = new EventTarget();
const ev = new Event('s');
log('before', ev.eventPhase, ev.target, ev.currentTarget, ev.composedPath());
t6.addEventListener('s', (e) => {
  log('during', e.eventPhase, e.target === t6, e.currentTarget === t6, e.srcElement === t6, e.composedPath().length === 1);
  try {
    t6.dispatchEvent(e);
  } catch (err) {
    log('recursion', err.name, err.code, err.message);
  }
});
log('first', t6.dispatchEvent(ev));
log('after', ev.eventPhase, ev.target === t6, ev.currentTarget, ev.composedPath());
log('again', t6.dispatchEvent(ev));
const other = new EventTarget();
other.dispatchEvent(ev);
log('target moved', ev.target === other);
