'use strict';
// The web platform's DOMException as Node 20 has it: not a subclass of Error (its constructor's
// prototype is Function.prototype) but an object whose prototype chain reaches Error.prototype,
// so `instanceof Error` holds while util.types.isNativeError() is false. `name`, `message` and
// `code` are enumerable getters on the prototype, `code` the legacy number of the name (0 for
// names without one), and the legacy constants sit on both the constructor and the prototype.
// Every instance has an own non-enumerable `stack` headed "<name>: <message>", and an own
// `cause` when the options object has one.

// The legacy constants, in their order; the names with a code are the modern error names.
const legacyConstants = [
  ['INDEX_SIZE_ERR', 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR'],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR'],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 'InvalidStateError'],
  ['SYNTAX_ERR', 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
  ['NAMESPACE_ERR', 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError'],
  ['VALIDATION_ERR'],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError'],
  ['SECURITY_ERR', 'SecurityError'],
  ['NETWORK_ERR', 'NetworkError'],
  ['ABORT_ERR', 'AbortError'],
  ['URL_MISMATCH_ERR', 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
  ['TIMEOUT_ERR', 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 'DataCloneError'],
];

const codeOfName = new Map();
legacyConstants.forEach(([, name], index) => {
  if (name !== undefined) codeOfName.set(name, index + 1);
});

// Node throws this one as a plain TypeError (header "TypeError: ...") that carries a code.
function invalidThis() {
  const error = new TypeError('Value of "this" must be of DOMException');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

// The frames of the place that constructed the exception, without this module's own.
function callerFrames() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return [];
  const lines = stack.split('\n');
  let first = 1;
  while (first < lines.length && /\(node:internal\/per_context\/domexception:|new DOMException \(/.test(lines[first])) first++;
  return lines.slice(first);
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      // The name is read before the cause, as Node reads them.
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    let header = this.#name;
    if (this.#message !== '') header = header === '' ? this.#message : `${header}: ${this.#message}`;
    Object.defineProperty(this, 'stack', {
      value: [header, ...callerFrames()].join('\n'),
      writable: true, enumerable: false, configurable: true,
    });
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return codeOfName.get(this.#name) ?? 0;
  }

  static isDOMException(value) {
    return value !== null && typeof value === 'object' && #name in value;
  }
}

const isDOMException = DOMException.isDOMException;
delete DOMException.isDOMException;

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

const enumerableGetter = { enumerable: true };
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { value: 'DOMException', writable: false, enumerable: false, configurable: true },
  name: enumerableGetter,
  message: enumerableGetter,
  code: enumerableGetter,
});

legacyConstants.forEach(([constant], index) => {
  const descriptor = { value: index + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, constant, descriptor);
  Object.defineProperty(DOMException.prototype, constant, descriptor);
});

// Node's internal helper: a DOMException built lazily by the many places that throw one.
function lazyDOMException(message, name) {
  return new DOMException(message, name);
}

module.exports = { DOMException, isDOMException, lazyDOMException };
