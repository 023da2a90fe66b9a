// DOMException: name, message, legacy code and constants, instanceof Error, options with cause,
// the stack header, util.inspect output, and receiver errors.
const util = require('util');
const withoutFrames = (text) => text.replace(/\n {4}at [^\n]*/g, '');

const e = new DOMException('msg', 'SyntaxError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.prototype.toString.call(e), String(e), util.types.isNativeError(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
console.log(Object.getOwnPropertyDescriptor(e, 'stack').enumerable, e.stack.split('\n')[0]);
console.log(Object.getPrototypeOf(DOMException) === Function.prototype, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(DOMException.length, DOMException.name);
console.log(Object.getOwnPropertyNames(DOMException.prototype));
console.log(Object.keys(DOMException).length, DOMException.INVALID_CHARACTER_ERR, DOMException.prototype.DATA_CLONE_ERR, e.ABORT_ERR);
console.log(Object.getOwnPropertyDescriptor(DOMException, 'INDEX_SIZE_ERR'));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, 'name'));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));

const names = ['IndexSizeError', 'HierarchyRequestError', 'WrongDocumentError', 'InvalidCharacterError',
  'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError', 'InvalidStateError',
  'SyntaxError', 'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'TypeMismatchError',
  'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError', 'OperationError', 'Custom'];
console.log(names.map((name) => `${name}=${new DOMException('', name).code}`).join(' '));

console.log(JSON.stringify([new DOMException().name, new DOMException().message, new DOMException().code]));
console.log(new DOMException('m', {}).name, new DOMException('m', { name: 'DataCloneError' }).code);
const withCause = new DOMException('m', { name: 'AbortError', cause: 'why' });
console.log(withCause.cause, Object.getOwnPropertyDescriptor(withCause, 'cause'));
console.log(Object.hasOwn(new DOMException('m', { cause: undefined }), 'cause'), Object.hasOwn(new DOMException('m', {}), 'cause'));
console.log(new DOMException(null, null).message, new DOMException(null, null).name, new DOMException(1, 2).name);
console.log(JSON.stringify(new DOMException('', 'Empty').stack.split('\n')[0]), JSON.stringify(new DOMException('only message', '').stack.split('\n')[0]));
console.log(Error.prototype.toString.call(new DOMException('m', 'X')), JSON.stringify(new DOMException('m', 'AbortError')));

console.log(withoutFrames(util.inspect(e)));
console.log(withoutFrames(util.inspect(withCause)));
const extra = new DOMException('plain');
extra.extra = 1;
console.log(withoutFrames(util.inspect(extra)));
extra.stack = 'custom stack';
console.log(util.inspect(extra));
class Sub extends DOMException {}
const sub = new Sub('z', 'AbortError');
console.log(sub.name, sub.code, sub.stack.split('\n')[0], withoutFrames(util.inspect(sub)));

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.stack.split('\n')[0]);
  }
}
attempt('DOMException()', () => DOMException('x'));
attempt('name on object', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}));
attempt('code on object', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}));
attempt('symbol message', () => new DOMException(Symbol('s')));
attempt('inspect fake', () => util.inspect(Object.create(DOMException.prototype)));

// The DOMException of atob is the same class.
try {
  atob('*');
} catch (err) {
  console.log('atob', err instanceof DOMException, err.name, err.code, err.message);
}
