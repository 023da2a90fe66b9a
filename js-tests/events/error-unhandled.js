// 'error' without a listener: an Error is thrown as is, anything else as ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');

function attempt(label, ...args) {
  const emitter = new EventEmitter();
  try {
    emitter.emit('error', ...args);
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err === args[0], err.name, err.code, err.message);
    console.log(label, 'keys', Object.keys(err), 'context', typeof err.context, err.context === args[0]);
    console.log(label, 'stack', err.stack.split('\n')[0]);
  }
}

attempt('Error', new Error('boom'));
attempt('TypeError', new TypeError('bad type'));
attempt('string', 'text');
attempt('number', 42);
attempt('object', { code: 'X', nested: { deep: { deeper: 1 } } });
attempt('array', [1, 'two']);
attempt('null', null);
attempt('undefined', undefined);
attempt('none');
attempt('symbol', Symbol('s'));

// With a listener nothing is thrown, and the listener sees every argument.
const handled = new EventEmitter();
handled.on('error', (...args) => console.log('handled', args.length, args[0].message, args[1]));
console.log('emit returns', handled.emit('error', new Error('caught'), 'extra'));

// An emitter never initialised by the constructor still throws.
const bare = Object.create(EventEmitter.prototype);
try {
  bare.emit('error', new Error('bare'));
} catch (err) {
  console.log('bare', err.message);
}
console.log('bare other event', bare.emit('data'));

// A listener's exception propagates out of emit and stops the remaining listeners.
const throwing = new EventEmitter();
throwing.on('x', () => { throw new Error('from listener'); });
throwing.on('x', () => console.log('never reached'));
try {
  throwing.emit('x');
} catch (err) {
  console.log('listener threw', err.message);
}
