// Node's argument errors from the EventEmitter API.
const EventEmitter = require('events');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result === undefined ? 'undefined' : typeof result === 'object' ? 'object' : result);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const emitter = new EventEmitter();
for (const bad of [undefined, null, 1, 'fn', {}, [], Symbol('s'), 10n, true]) {
  const shown = typeof bad === 'symbol' ? 'symbol' : typeof bad === 'bigint' ? 'bigint' : JSON.stringify(bad);
  attempt(`on ${shown}`, () => emitter.on('x', bad));
}
attempt('once', () => emitter.once('x', 'nope'));
attempt('prependListener', () => emitter.prependListener('x', 5));
attempt('prependOnceListener', () => emitter.prependOnceListener('x', null));
attempt('removeListener', () => emitter.removeListener('x', {}));
attempt('off', () => emitter.off('x'));
attempt('removeListener on empty', () => new EventEmitter().removeListener('x', 1));
attempt('listenerCount odd listener', () => emitter.listenerCount('x', 5));

for (const n of [-1, NaN, '5', null, 1.5, Infinity, 0]) {
  attempt(`setMaxListeners ${String(n)}`, () => new EventEmitter().setMaxListeners(n).getMaxListeners());
}
for (const n of [-1, NaN, '5', 20]) {
  attempt(`defaultMaxListeners ${String(n)}`, () => { EventEmitter.defaultMaxListeners = n; return EventEmitter.defaultMaxListeners; });
}
attempt('default affects existing', () => new EventEmitter().getMaxListeners());
EventEmitter.defaultMaxListeners = 10;
attempt('static setMaxListeners bad', () => EventEmitter.setMaxListeners(-2));
attempt('static setMaxListeners target', () => EventEmitter.setMaxListeners(3, {}));
attempt('static getMaxListeners', () => EventEmitter.getMaxListeners({}));
attempt('static getMaxListeners null', () => EventEmitter.getMaxListeners(null));
attempt('static getEventListeners', () => EventEmitter.getEventListeners({}, 'x'));
attempt('addAbortListener none', () => EventEmitter.addAbortListener());
attempt('addAbortListener object', () => EventEmitter.addAbortListener({}));
attempt('addAbortListener no fn', () => EventEmitter.addAbortListener({ aborted: false }));
