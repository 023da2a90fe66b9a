'use strict';
// Node-style errors: a plain TypeError/RangeError/Error whose own enumerable `code` names the
// error and whose stack and toString() read "Name [CODE]: message", as Node 20 prints them.

let inspectModule;
function lazyInspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

const messages = new Map();
const codes = {};

function defineError(code, Base, message) {
  messages.set(code, message);
  codes[code] = function NodeError(...args) {
    const text = typeof message === 'function' ? message(...args) : message;
    return makeNodeError(Base, code, text);
  };
}

function makeNodeError(Base, code, text) {
  const limit = Error.stackTraceLimit;
  const error = new Base(text);
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  error.code = code;
  renameStackHeader(error, `${Base.prototype.name} [${code}]`);
  hideInternalFrames(error);
  Error.stackTraceLimit = limit;
  return error;
}

// V8 writes "Name: message" as the first stack line; Node shows "Name [CODE]: message".
function renameStackHeader(error, header) {
  const stack = error.stack;
  if (typeof stack !== 'string') return;
  const plain = `${error.name}`;
  if (!stack.startsWith(plain)) return;
  setStack(error, header + stack.slice(plain.length));
}

// Node's stacks start where an error was thrown, not inside the helpers of this module.
function hideInternalFrames(error) {
  const stack = error.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const firstFrame = lines.findIndex((line) => line.startsWith('    at '));
  let internalFrames = 0;
  while (firstFrame > 0 && lines[firstFrame + internalFrames]?.includes('(node:internal/errors:')) internalFrames++;
  if (internalFrames > 0) {
    lines.splice(firstFrame, internalFrames);
    setStack(error, lines.join('\n'));
  }
}

function setStack(error, stack) {
  Object.defineProperty(error, 'stack', { value: stack, enumerable: false, writable: true, configurable: true });
}

// "string", "an instance of Buffer", ... joined the way Node words a list of alternatives.
function joinAlternatives(items, lead) {
  if (items.length === 1) return `${lead}${items[0]}`;
  if (items.length === 2) return `${lead}${items[0]} or ${items[1]}`;
  return `${lead}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

const primitiveTypeNames = new Set(['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol']);
const classNamePattern = /^([A-Z][a-z0-9]*)+$/;

function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const others = [];
  for (const entry of list) {
    if (primitiveTypeNames.has(entry.toLowerCase()) && (entry === entry.toLowerCase() || entry === 'Function' || entry === 'Object')) {
      types.push(entry.toLowerCase());
    } else if (classNamePattern.test(entry)) {
      instances.push(entry);
    } else {
      others.push(entry);
    }
  }
  // With classes in the list, a plain object is described as an instance of Object.
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(joinAlternatives(types, types.length > 1 ? 'one of type ' : 'of type '));
  if (instances.length > 0) parts.push(joinAlternatives(instances, 'an instance of '));
  if (others.length > 0) {
    if (others.length > 1) parts.push(joinAlternatives(others, 'one of '));
    else parts.push(others[0].toLowerCase() !== others[0] ? `an ${others[0]}` : others[0]);
  }
  return parts.join(' or ');
}

// The "Received ..." tail of Node's argument errors.
function describeReceived(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const name = value.constructor?.name;
    if (name) return `an instance of ${name}`;
    return lazyInspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    // Node shows a string raw in single quotes (shortened past 28), or as JSON if it has one.
    const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    return `type string (${shown.includes("'") ? JSON.stringify(shown) : `'${shown}'`})`;
  }
  return `type ${typeof value} (${lazyInspect(value, { colors: false })})`;
}

function describeArgument(name) {
  if (name.endsWith(' argument')) return `The ${name}`;
  return `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

function addNumericalSeparator(digits) {
  let result = '';
  let i = digits.length;
  const end = digits[0] === '-' ? 1 : 0;
  for (; i >= end + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return `${digits.slice(0, i)}${result}`;
}

defineError('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
defineError('ERR_INVALID_BUFFER_SIZE', RangeError, (suffix) => `Buffer size must be a multiple of ${suffix}`);
defineError('ERR_INVALID_ARG_TYPE', TypeError, (name, expected, actual) =>
  `${describeArgument(name)} must be ${describeExpected(expected)}. Received ${describeReceived(actual)}`);
defineError('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
  let shown = lazyInspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  return `The ${name.includes('.') ? 'property' : 'argument'} '${name}' ${reason}. Received ${shown}`;
});
defineError('ERR_AMBIGUOUS_ARGUMENT', TypeError, (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);
defineError('ERR_CONSOLE_WRITABLE_STREAM', TypeError, (name) => `Console expects a writable stream instance for ${name}`);
defineError('ERR_INCOMPATIBLE_OPTION_PAIR', TypeError, (option1, option2) =>
  `Option "${option1}" cannot be used in combination with option "${option2}"`);
defineError('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${describeReceived(value)}.`);
defineError('ERR_MISSING_ARGS', TypeError, (...names) => {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((m) => `"${m}"`).join(' or ') : `"${n}"`));
  let list;
  if (quoted.length <= 2) list = quoted.join(' and ');
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`;
});
defineError('ERR_OUT_OF_RANGE', RangeError, (name, range, input, replaceDefaultBoolean = false) => {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return message;
});
// Node formats this message with util.format's %s: 1n, -0, and objects inspected shallowly.
defineError('ERR_UNKNOWN_ENCODING', TypeError, (name) => require('internal/util/inspect').format('Unknown encoding: %s', name));
// `shown` is the unhandled value already passed through util.inspect by the emitter.
defineError('ERR_UNHANDLED_ERROR', Error, (shown) =>
  (shown === undefined ? 'Unhandled error.' : `Unhandled error. (${shown})`));
defineError('ERR_INVALID_THIS', TypeError, (type) => `Value of "this" must be of type ${type}`);
defineError('ERR_EVENT_RECURSION', Error, (type) => `The event "${type}" is already being dispatched`);
defineError('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
defineError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', TypeError, (message) => message);
defineError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', TypeError, (value) =>
  `Unexpected argument '${value}'. This command does not take positional arguments`);
defineError('ERR_PARSE_ARGS_UNKNOWN_OPTION', TypeError, (option, allowPositionals) => {
  const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at the end ' +
    `of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${hint}`;
});
defineError('ERR_INVALID_URL', TypeError, 'Invalid URL');
defineError('ERR_INVALID_URL_SCHEME', TypeError, (expected) => `The URL must be of scheme ${expected}`);
defineError('ERR_INVALID_FILE_URL_HOST', TypeError, (platform) =>
  `File URL host must be "localhost" or empty on ${platform}`);
defineError('ERR_INVALID_FILE_URL_PATH', TypeError, (reason) => `File URL path ${reason}`);
defineError('ERR_ARG_NOT_ITERABLE', TypeError, (name) => `${name} must be iterable`);
defineError('ERR_INVALID_TUPLE', TypeError, (name, shape) => `${name} must be an iterable ${shape} tuple`);
defineError('ERR_METHOD_NOT_IMPLEMENTED', Error, (name) => `The ${name} method is not implemented`);
defineError('ERR_UNKNOWN_BUILTIN_MODULE', Error, (name) => `No such built-in module: ${name}`);
defineError('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError, (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`);
defineError('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
defineError('ERR_INVALID_ADDRESS', Error, 'Invalid socket address');
defineError('ERR_SOCKET_ALREADY_BOUND', Error, 'Socket is already bound');
defineError('ERR_SOCKET_BAD_BUFFER_SIZE', TypeError, 'Buffer size must be a positive integer');
defineError('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${describeReceived(port)}.`);
defineError('ERR_SOCKET_BAD_TYPE', TypeError, 'Bad socket type specified. Valid types are: udp4, udp6');
defineError('ERR_SOCKET_DGRAM_IS_CONNECTED', Error, 'Already connected');
defineError('ERR_SOCKET_DGRAM_NOT_CONNECTED', Error, 'Not connected');
defineError('ERR_SOCKET_DGRAM_NOT_RUNNING', Error, 'Not running');
defineError('ERR_IP_BLOCKED', Error, (ip) => `IP(${ip}) is blocked by net.BlockList`);
defineError('ERR_INVALID_IP_ADDRESS', TypeError, (address) => `Invalid IP address: ${address}`);
// `servers` comes already inspected, as Node's %s shows an array.
defineError('ERR_DNS_SET_SERVERS_FAILED', Error, (reason, servers) => `c-ares failed to set servers: "${reason}" [${servers}]`);
defineError('ERR_USE_AFTER_CLOSE', Error, (name) => `${name} was closed`);
defineError('ERR_INVALID_CURSOR_POS', TypeError, 'Cannot set cursor row without setting its column');

// What Node rejects or throws for an aborted operation; `options.cause` carries the signal's reason.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// libuv's error names for the negative errno values Java bindings return (Linux numbering).
const errnoNames = new Map([
  [-1, ['EPERM', 'operation not permitted']],
  [-2, ['ENOENT', 'no such file or directory']],
  [-3, ['ESRCH', 'no such process']],
  [-4, ['EINTR', 'interrupted system call']],
  [-16, ['EBUSY', 'resource busy or locked']],
  [-17, ['EEXIST', 'file already exists']],
  [-18, ['EXDEV', 'cross-device link not permitted']],
  [-21, ['EISDIR', 'illegal operation on a directory']],
  [-26, ['ETXTBSY', 'text file is busy']],
  [-27, ['EFBIG', 'file too large']],
  [-28, ['ENOSPC', 'no space left on device']],
  [-29, ['ESPIPE', 'invalid seek']],
  [-30, ['EROFS', 'read-only file system']],
  [-31, ['EMLINK', 'too many links']],
  [-32, ['EPIPE', 'broken pipe']],
  [-36, ['ENAMETOOLONG', 'name too long']],
  [-39, ['ENOTEMPTY', 'directory not empty']],
  [-40, ['ELOOP', 'too many symbolic links encountered']],
  [-5, ['EIO', 'i/o error']],
  [-9, ['EBADF', 'bad file descriptor']],
  [-11, ['EAGAIN', 'resource temporarily unavailable']],
  [-12, ['ENOMEM', 'not enough memory']],
  [-13, ['EACCES', 'permission denied']],
  [-19, ['ENODEV', 'no such device']],
  [-20, ['ENOTDIR', 'not a directory']],
  [-22, ['EINVAL', 'invalid argument']],
  [-24, ['EMFILE', 'too many open files']],
  [-38, ['ENOSYS', 'function not implemented']],
  [-90, ['EMSGSIZE', 'message too long']],
  [-92, ['ENOPROTOOPT', 'protocol not available']],
  [-95, ['ENOTSUP', 'operation not supported on socket']],
  [-97, ['EAFNOSUPPORT', 'address family not supported']],
  [-98, ['EADDRINUSE', 'address already in use']],
  [-99, ['EADDRNOTAVAIL', 'address not available']],
  [-100, ['ENETDOWN', 'network is down']],
  [-101, ['ENETUNREACH', 'network is unreachable']],
  [-105, ['ENOBUFS', 'no buffer space available']],
  [-107, ['ENOTCONN', 'socket is not connected']],
  [-110, ['ETIMEDOUT', 'connection timed out']],
  [-111, ['ECONNREFUSED', 'connection refused']],
  [-113, ['EHOSTUNREACH', 'host is unreachable']],
  [-125, ['ECANCELED', 'operation canceled']],
  [-3008, ['ENOTFOUND', 'getaddrinfo ENOTFOUND']],
  [-3001, ['EAI_AGAIN', 'temporary failure']],
  [-3004, ['EAI_FAIL', 'permanent failure']],
]);

function errnoName(errno) {
  return errnoNames.get(errno)?.[0] ?? `Unknown system error ${errno}`;
}

// A system error as Node builds it: "<syscall> <CODE> <address>:<port>" with errno, code,
// syscall, address and port as own properties.
function exceptionWithHostPort(errno, syscall, address, port) {
  const code = errnoName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const error = new Error(`${syscall} ${code}${details}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  hideInternalFrames(error);
  return error;
}

function errnoMessage(errno) {
  return errnoNames.get(errno)?.[1] ?? 'unknown error';
}

// Node's SystemError: "<prefix>: <syscall> returned <CODE> (<message>)", with the details in
// `info` and errno/syscall readable (and writable) through it.
function systemError(code, prefix, errno, syscall) {
  const info = { errno, code: errnoName(errno), message: errnoMessage(errno), syscall };
  const error = makeNodeError(Error, code, `${prefix}: ${syscall} returned ${info.code} (${info.message})`);
  Object.defineProperty(error, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  setStack(error, `SystemError${String(error.stack).slice('Error'.length)}`);
  error.info = info;
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(error, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true, configurable: true,
    });
  }
  return error;
}

function errnoException(errno, syscall, original) {
  const code = errnoName(errno);
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  hideInternalFrames(error);
  return error;
}

// Node's permission-model error, for an operation the embedder's network policy refused (or a
// runtime limit): the message says which operation and address.
function accessDenied(why, resource) {
  const error = new Error(`Access to this API has been restricted: ${why}`);
  error.code = 'ERR_ACCESS_DENIED';
  error.permission = 'Net';
  if (resource !== undefined) error.resource = resource;
  hideInternalFrames(error);
  return error;
}

// A DNS failure as Node reports it: "getaddrinfo ENOTFOUND host". A numeric `code` is a libuv
// errno (EAI_NODATA and EAI_NONAME read ENOTFOUND); a string one comes from the DNS client, whose
// errors have errno undefined.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === -3007 || code === -3008 ? 'ENOTFOUND' : errnoName(code);
  }
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

module.exports = {
  AbortError,
  codes,
  makeNodeError,
  describeReceived,
  errnoName,
  errnoMessage,
  systemError,
  accessDenied,
  exceptionWithHostPort,
  errnoException,
  dnsException,
};
