// More listeners than the limit: one MaxListenersExceededWarning per event, on a later tick.
const EventEmitter = require('events');

process.on('warning', (warning) => {
  console.log('warning', warning.name, warning.constructor.name, warning instanceof Error);
  console.log('message', warning.message);
  console.log('fields', String(warning.type), warning.count, warning.emitter.constructor.name, Object.keys(warning));
});

const limited = new EventEmitter();
limited.setMaxListeners(2);
for (let i = 0; i < 5; i++) limited.on('data', () => {});
console.log('warned flag', limited._events.data.warned, Object.keys(limited._events.data));

class Custom extends EventEmitter {}
const custom = new Custom();
for (let i = 0; i < 11; i++) custom.prependListener('message', () => {});
const symbol = Symbol('tagged');
for (let i = 0; i < 11; i++) custom.on(symbol, () => {});

// Zero or Infinity disables the check.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
const infinite = new EventEmitter().setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) infinite.on('x', () => {});

// Dropping below and going over again on a new array warns again.
const again = new EventEmitter();
again.setMaxListeners(1);
const f = () => {};
again.on('e', f);
again.on('e', () => {});
again.removeListener('e', f);
again.on('e', () => {});
console.log('sync part done', again.getMaxListeners(), unlimited.getMaxListeners(), infinite.getMaxListeners());
