// The MaxListenersExceededWarning of EventTargets, once per target until setMaxListeners resets
// it, and the static helpers of `events` with EventTargets.
const events = require('events');

process.on('warning', (warning) => {
  console.log('warning:', warning.name, warning.message);
  console.log('  fields:', Object.keys(warning), warning.target instanceof EventTarget, warning.type, warning.count);
});

const target = new EventTarget();
console.log('default max', events.getMaxListeners(target));
events.setMaxListeners(2, target);
console.log('max now', events.getMaxListeners(target));
for (let i = 0; i < 4; i++) target.addEventListener('m', () => {});
for (let i = 0; i < 4; i++) target.addEventListener('other', () => {});
events.setMaxListeners(1, target);
target.addEventListener('again', () => {});
target.addEventListener('again', () => {});

class Named extends EventTarget {}
const named = new Named();
for (let i = 0; i < 11; i++) named.addEventListener('n', () => {});

events.defaultMaxListeners = 3;
console.log('existing keeps its max', events.getMaxListeners(new EventTarget()) === 3, events.getMaxListeners(target));
events.defaultMaxListeners = 10;
events.setMaxListeners(5);
console.log('setMaxListeners(n) sets the default', events.defaultMaxListeners, events.getMaxListeners(new EventTarget()));
events.setMaxListeners(10);
const emitter = new events.EventEmitter();
events.setMaxListeners(7, emitter, target);
console.log('both', emitter.getMaxListeners(), events.getMaxListeners(target));

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('getEventListeners plain object', () => events.getEventListeners({}, 'x'));
attempt('getMaxListeners plain object', () => events.getMaxListeners({}));
attempt('setMaxListeners plain object', () => events.setMaxListeners(1, {}));
const listener = () => {};
const objectListener = { handleEvent() {} };
const t2 = new EventTarget();
t2.addEventListener('x', listener);
t2.addEventListener('x', objectListener);
t2.addEventListener('x', listener, true);
console.log(events.getEventListeners(t2, 'x'));
