// A once listener is removed before it runs: inside it, the event is already gone.
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.once('listening', function (...args) {
  console.log('listening args', args);
  console.log('this is emitter', this === emitter);
  console.log('eventNames inside', emitter.eventNames());
  console.log('listenerCount inside', emitter.listenerCount('listening'));
});
console.log('eventNames before', emitter.eventNames());
console.log('first emit', emitter.emit('listening', 'a', 1));
console.log('second emit', emitter.emit('listening'));

// With other listeners on the event, only the once wrapper goes.
function keep() { console.log('keep runs, listeners now', emitter.listeners('message').map((f) => f.name)); }
function first() { console.log('first runs, listeners now', emitter.listeners('message').map((f) => f.name)); }
emitter.on('message', keep);
emitter.prependOnceListener('message', first);
emitter.emit('message');
emitter.emit('message');

// The once wrapper removes itself before calling, so re-entrant emits do not call it twice.
emitter.once('again', (n) => {
  console.log('again', n);
  emitter.emit('again', n + 1);
});
emitter.emit('again', 1);

// A once listener added from inside an emit of the same event waits for the next emit.
emitter.on('nested', () => {
  emitter.once('nested', () => console.log('nested once'));
});
emitter.emit('nested');
console.log('nested count', emitter.listenerCount('nested'));
emitter.emit('nested');
console.log('nested count', emitter.listenerCount('nested'));

// The wrapper returns the listener's result; calling it again does nothing.
emitter.once('value', (x) => x * 2);
const [wrapper] = emitter.rawListeners('value');
console.log('wrapper name', wrapper.name, 'length', wrapper.length, 'listener', wrapper.listener.name === '');
console.log('wrapper call', wrapper(21), wrapper(21));
console.log('value listeners', emitter.listenerCount('value'));
