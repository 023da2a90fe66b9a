// listeners/rawListeners/listenerCount/eventNames, and the order of event names.
const EventEmitter = require('events');

const emitter = new EventEmitter();
function a() {}
function b() {}
const sym1 = Symbol('first');
const sym2 = Symbol('second');
emitter.on('zeta', a);
emitter.on(sym1, a);
emitter.on('10', a);
emitter.on('alpha', a);
emitter.on('2', b);
emitter.on(sym2, b);
emitter.on('-1', a);
emitter.on('1.5', a);
emitter.on(7, b);
// Integer-like names come first in ascending order, then strings, then symbols, as Reflect.ownKeys.
console.log('eventNames', emitter.eventNames());
console.log('types', emitter.eventNames().map((n) => typeof n));
console.log('numeric name 7 is key', emitter.listenerCount('7'), emitter.listenerCount(7));

emitter.on('multi', a);
emitter.once('multi', b);
emitter.on('multi', a);
console.log('listeners', emitter.listeners('multi').map((f) => f.name));
console.log('raw', emitter.rawListeners('multi').map((f) => f.name));
console.log('raw once has listener', emitter.rawListeners('multi')[1].listener === b);
console.log('count', emitter.listenerCount('multi'));
console.log('count a', emitter.listenerCount('multi', a));
console.log('count b via once', emitter.listenerCount('multi', b));
console.log('count unknown fn', emitter.listenerCount('multi', () => {}));
console.log('count null listener', emitter.listenerCount('multi', null));
console.log('count missing event', emitter.listenerCount('missing'), emitter.listenerCount('missing', a));
emitter.once('single', b);
console.log('single count', emitter.listenerCount('single'), emitter.listenerCount('single', b), emitter.listenerCount('single', a));
console.log('single listeners', emitter.listeners('single').map((f) => f.name), emitter.rawListeners('single').map((f) => f.name));
console.log('missing lists', emitter.listeners('missing'), emitter.rawListeners('missing'));

// The returned arrays are copies.
const copy = emitter.rawListeners('multi');
copy.length = 0;
console.log('after clearing copy', emitter.listenerCount('multi'));

// A function whose own `listener` property is falsy is its own listener.
function marked() {}
marked.listener = 0;
emitter.on('marked', marked);
emitter.on('marked2', marked);
emitter.on('marked2', a);
console.log('marked', emitter.listeners('marked')[0] === marked, emitter.listeners('marked2')[0] === marked);

// Chaining: the registration methods return the emitter.
const chained = new EventEmitter();
console.log('chain', chained.on('x', a) === chained, chained.once('x', a) === chained,
  chained.prependListener('x', a) === chained, chained.prependOnceListener('x', a) === chained,
  chained.addListener('x', a) === chained, chained.off('x', a) === chained,
  chained.removeListener('x', a) === chained, chained.removeAllListeners('x') === chained,
  chained.removeAllListeners() === chained, chained.setMaxListeners(3) === chained);
console.log('aliases', EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener);

// No listeners at all.
const empty = new EventEmitter();
console.log('empty', empty.eventNames(), empty.emit('nothing'), empty.listenerCount('nothing'));
