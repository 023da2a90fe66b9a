// The static helpers: getEventListeners, getMaxListeners, setMaxListeners, listenerCount.
const EventEmitter = require('events');

const a = new EventEmitter();
const b = new EventEmitter();
function f() {}
a.on('x', f);
a.once('x', f);
console.log('getEventListeners', EventEmitter.getEventListeners(a, 'x').map((fn) => fn === f), EventEmitter.getEventListeners(a, 'y'));
console.log('getMaxListeners', EventEmitter.getMaxListeners(a));
EventEmitter.setMaxListeners(3, a, b);
console.log('after setMaxListeners(3, a, b)', a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.setMaxListeners(4);
console.log('after setMaxListeners(4)', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(), a.getMaxListeners());
EventEmitter.setMaxListeners();
console.log('after setMaxListeners()', EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;

// getMaxListeners reads _maxListeners even when the method is overridden.
const custom = new EventEmitter();
custom.getMaxListeners = () => 99;
custom._maxListeners = 5;
console.log('static getMaxListeners ignores override', EventEmitter.getMaxListeners(custom), custom.getMaxListeners());
custom.setMaxListeners = (n) => console.log('custom setMaxListeners', n);
EventEmitter.setMaxListeners(7, custom);

console.log('listenerCount static', EventEmitter.listenerCount(a, 'x'), EventEmitter.listenerCount(a, 'none'));
const lookalike = { _events: { x: [f, f, f] } };
console.log('listenerCount on lookalike', EventEmitter.listenerCount(lookalike, 'x'));

// addAbortListener with a duck-typed signal.
const signal = {
  aborted: false,
  addEventListener(type, listener, options) { console.log('add', type, typeof listener, options.once); this.listener = listener; },
  removeEventListener(type, listener) { console.log('remove', type, listener === this.listener); },
};
const disposable = EventEmitter.addAbortListener(signal, () => console.log('aborted'));
console.log('disposable', Object.getPrototypeOf(disposable), Reflect.ownKeys(disposable).length);
disposable[Reflect.ownKeys(disposable)[0]]();
const abortedSignal = { aborted: true, addEventListener() { console.log('not called'); } };
EventEmitter.addAbortListener(abortedSignal, function (...args) { console.log('called on a microtask', args.length); });
console.log('sync end');
