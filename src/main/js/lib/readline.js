'use strict';
// Node's `readline`: createInterface() over any readable stream (process.stdin included), lines,
// questions and the prompt; the cursor helpers. See internal/readline/interface for what a
// terminal does not get here.

const { InterfaceConstructor, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/cursor');
const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');
const { promisify } = require('util');

// Callable with or without `new`, as in Node.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, InterfaceConstructor.prototype);
Object.setPrototypeOf(Interface, InterfaceConstructor);

Interface.prototype.question = function question(query, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (options !== null && typeof options === 'object' && options.signal) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const answered = callback;
    callback = typeof answered === 'function' ? (answer) => { cleanup(); return answered(answer); } : cleanup;
  }
  if (typeof callback === 'function') this[kQuestion](query, callback);
};

// util.promisify(rl.question): a promise of the answer, rejected with AbortError on abort.
Interface.prototype.question[promisify.custom] = function question(query, options) {
  return new Promise((resolve, reject) => {
    let callback = resolve;
    if (options?.signal) {
      if (options.signal.aborted) {
        reject(new AbortError(undefined, { cause: options.signal.reason }));
        return;
      }
      const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
      options.signal.addEventListener('abort', onAbort, { once: true });
      callback = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, callback);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function emitKeypressEvents() {
  const error = new Error('readline.emitKeypressEvents() is not supported by datagraal');
  error.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
  throw error;
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  get: () => require('readline/promises'),
  enumerable: true, configurable: true,
});
