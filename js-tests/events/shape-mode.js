// A subclass that fills `_events` before the constructor runs ("shape mode", as Node's streams):
// removed listeners leave their key behind with undefined.
const EventEmitter = require('events');

function Stream() {
  this._events = { __proto__: null, close: undefined, error: undefined };
  this.name = 'stream';
  EventEmitter.call(this);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);

function show(label, emitter) {
  const events = Reflect.ownKeys(emitter._events).map((k) => `${String(k)}:${typeof emitter._events[k]}`);
  console.log(label, 'own', Reflect.ownKeys(emitter).map(String).join(','), '| events', events.join(','),
    '| count', emitter._eventsCount, '| names', emitter.eventNames().map(String).join(','));
}

const stream = new Stream();
show('fresh', stream);
console.log('emit close', stream.emit('close'), 'listeners', stream.listeners('close').length);
try {
  stream.emit('error', 'oops');
} catch (err) {
  console.log('error with undefined slot throws', err.code);
}
function onClose() {}
stream.on('close', onClose);
stream.on('data', onClose);
show('two listeners', stream);
stream.on('removeListener', (type) => console.log('removeListener event', type));
stream.removeListener('close', onClose);
show('close removed', stream);
stream.on('close', onClose);
stream.on('close', () => {});
stream.removeAllListeners('close');
show('close removeAll', stream);
stream.removeAllListeners();
show('removeAll', stream);

const second = new Stream();
second.removeAllListeners('close');
show('second removeAll(close) on empty', second);
const third = new Stream();
third.on('close', onClose);
third.removeAllListeners('close');
show('third removeAll(close)', third);
const fourth = new Stream();
fourth.on('close', onClose);
fourth.on('data', onClose);
fourth.removeAllListeners('close');
show('fourth removeAll(close) with data', fourth);
const fifth = new Stream();
fifth.removeAllListeners();
show('fifth removeAll()', fifth);
