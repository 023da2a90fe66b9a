// 'newListener' runs before the listener is added and gets the original once function;
// 'removeListener' runs after removal, with Node's choice of wrapper or original.
const EventEmitter = require('events');

const emitter = new EventEmitter();
function name(f) { return f.name || '(anonymous)'; }
emitter.on('newListener', function (type, listener) {
  console.log('newListener', String(type), name(listener), 'count before', this.listenerCount(type));
});
emitter.on('removeListener', function (type, listener) {
  console.log('removeListener', String(type), name(listener), 'left', this.rawListeners(type).map(name));
});

function a() {}
function b() {}
function c() {}
function d() {}
emitter.on('x', a);
emitter.once('x', b);
emitter.on('x', c);
emitter.prependOnceListener('x', d);
console.log('raw', emitter.rawListeners('x').map(name));
console.log('unwrapped', emitter.listeners('x').map(name));
console.log('--- removeAllListeners(x)');
emitter.removeAllListeners('x');

console.log('--- once listener removed by its function');
emitter.once('y', a);
emitter.once('z', b);
emitter.on('z', c);
emitter.removeListener('y', a);
emitter.removeListener('z', b);

console.log('--- once fires');
emitter.once('w', a);
emitter.emit('w');

console.log('--- removeAllListeners()');
emitter.on(Symbol('sym'), a);
emitter.on('2', a);
emitter.on('1', b);
emitter.on('last', c);
console.log('eventNames', emitter.eventNames());
emitter.removeAllListeners();
console.log('eventNames after', emitter.eventNames(), emitter._eventsCount);

console.log('--- a newListener listener adding a listener for the same event');
const nested = new EventEmitter();
let added = false;
nested.on('newListener', (type) => {
  if (type === 'data' && !added) {
    added = true;
    nested.on('data', c);
  }
});
nested.on('data', a);
console.log('data listeners', nested.listeners('data').map(name));

console.log('--- newListener for itself');
const self = new EventEmitter();
self.on('newListener', (type) => console.log('self saw', type));
self.on('newListener', (type) => console.log('second saw', type));
self.on('data', a);
