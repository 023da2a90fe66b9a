// Constructor and receiver errors, validation of timeout/any, and how the objects look.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('new AbortSignal', () => new AbortSignal());
attempt('AbortController()', () => AbortController());
attempt('aborted on object', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
attempt('reason on object', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
attempt('throwIfAborted on object', () => AbortSignal.prototype.throwIfAborted.call({}));
attempt('timeout string', () => AbortSignal.timeout('1'));
attempt('timeout negative', () => AbortSignal.timeout(-1));
attempt('timeout fraction', () => AbortSignal.timeout(1.5));
attempt('timeout too big', () => AbortSignal.timeout(2 ** 53));
attempt('any nothing', () => AbortSignal.any());
attempt('any number', () => AbortSignal.any(1));
attempt('any object', () => AbortSignal.any({}));
attempt('any set', () => AbortSignal.any(new Set()));
attempt('any bad element', () => AbortSignal.any([new AbortController().signal, 1]));

const controller = new AbortController();
console.log(controller);
console.log(controller.signal);
console.log(util.inspect(controller, { depth: 0 }), util.inspect(controller.signal, { depth: -1 }),
  util.inspect({ s: controller.signal }, { depth: 0 }));
controller.abort();
console.log(controller);
console.log(Object.prototype.toString.call(controller), Object.prototype.toString.call(controller.signal));
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.keys(AbortController.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.keys(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal));
console.log(Object.keys(controller), Object.keys(controller.signal));
console.log(controller.signal instanceof EventTarget, Object.getPrototypeOf(AbortSignal) === EventTarget);
console.log(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort'));
