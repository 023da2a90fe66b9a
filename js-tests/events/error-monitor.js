// errorMonitor listeners see 'error' events first, without counting as a handler.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

const emitter = new EventEmitter();
emitter.on(errorMonitor, (err, extra) => console.log('monitor', err.message, extra));
try {
  emitter.emit('error', new Error('unhandled'), 'x');
} catch (err) {
  console.log('still thrown', err.message);
}
emitter.on('error', (err) => console.log('handler', err.message));
console.log('emit', emitter.emit('error', new Error('handled'), 'y'));
console.log('names', emitter.eventNames().map(String));
console.log('monitor emit directly', emitter.emit(errorMonitor, new Error('direct')));
console.log('description', errorMonitor.description, typeof errorMonitor);
