// Listeners added or removed while an emit runs take effect from the next emit.
const EventEmitter = require('events');

const emitter = new EventEmitter();
const calls = [];
function a() { calls.push('a'); emitter.removeListener('tick', b); }
function b() { calls.push('b'); }
function c() { calls.push('c'); emitter.on('tick', d); }
function d() { calls.push('d'); }
emitter.on('tick', a);
emitter.on('tick', b);
emitter.on('tick', c);
emitter.emit('tick');
console.log('first emit', calls.join(','));
calls.length = 0;
emitter.emit('tick');
console.log('second emit', calls.join(','));
console.log('listeners', emitter.listeners('tick').map((f) => f.name));

// Removing everything from inside the first listener.
const other = new EventEmitter();
other.on('go', () => { console.log('go 1'); other.removeAllListeners('go'); });
other.on('go', () => console.log('go 2'));
other.emit('go');
console.log('after removeAll', other.emit('go'), other.eventNames());

// The same function registered twice is removed one registration at a time, newest first.
const twice = new EventEmitter();
function dup(tag) { console.log('dup', tag); }
twice.on('e', dup);
twice.once('e', dup);
twice.on('e', dup);
console.log('raw before', twice.rawListeners('e').map((f) => f.name));
twice.removeListener('e', dup);
console.log('raw after one', twice.rawListeners('e').map((f) => f.name));
twice.removeListener('e', dup);
console.log('raw after two', twice.rawListeners('e').map((f) => f.name), typeof twice._events.e);
twice.off('e', dup);
console.log('raw after three', twice.rawListeners('e'), twice.eventNames(), twice._eventsCount);

// Removing an unknown listener or from an unknown event is a no-op.
const quiet = new EventEmitter();
quiet.on('removeListener', () => console.log('should not be called'));
quiet.removeListener('nothing', dup);
quiet.on('x', b);
quiet.removeListener('x', dup);
console.log('quiet', quiet.listenerCount('x'));

// A single-listener slot is a function, more listeners an array, back to a function at one.
const slots = new EventEmitter();
slots.on('s', a);
console.log('one', typeof slots._events.s, Array.isArray(slots._events.s));
slots.on('s', b);
console.log('two', Array.isArray(slots._events.s), slots._events.s.length);
slots.removeListener('s', a);
console.log('back to one', typeof slots._events.s, slots._events.s === b, slots._eventsCount);
slots.removeListener('s', b);
console.log('none', 's' in slots._events, slots._eventsCount, Object.getPrototypeOf(slots._events));
