'use strict';
// A small stand-in for the web DOMException, used by atob/btoa when the engine has none:
// name, message and code read from the prototype, and `stack` starts "<name>: <message>".

const legacyCodes = new Map([
  ['IndexSizeError', 1], ['HierarchyRequestError', 3], ['WrongDocumentError', 4],
  ['InvalidCharacterError', 5], ['NoModificationAllowedError', 7], ['NotFoundError', 8],
  ['NotSupportedError', 9], ['InvalidStateError', 11], ['SyntaxError', 12],
  ['InvalidModificationError', 13], ['NamespaceError', 14], ['InvalidAccessError', 15],
  ['TypeMismatchError', 17], ['SecurityError', 18], ['NetworkError', 19], ['AbortError', 20],
  ['URLMismatchError', 21], ['QuotaExceededError', 22], ['TimeoutError', 23],
  ['InvalidNodeTypeError', 24], ['DataCloneError', 25],
]);

const fields = new WeakMap();

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    const name = typeof options === 'object' && options !== null ? `${options.name ?? 'Error'}` : `${options}`;
    const text = `${message}`;
    fields.set(this, { name, message: text });
    // Keep the engine's frames but head them the way Node does.
    const frames = `${this.stack ?? ''}`.split('\n').slice(1);
    Object.defineProperty(this, 'stack', {
      value: [`${name}: ${text}`, ...frames].join('\n'),
      writable: true, enumerable: false, configurable: true,
    });
  }

  get name() { return fields.get(this).name; }
  get message() { return fields.get(this).message; }
  get code() { return legacyCodes.get(fields.get(this).name) ?? 0; }
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
module.exports = { DOMException };
