'use strict';
// The public `util` module. Formatting lives in internal/util/inspect; this file adds the
// helpers around it. The function, generator and iterator kind checks of util.types go by the
// intrinsic prototypes: plain JS has no brand check for them.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  isError,
  types: brands,
} = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  makeNodeError,
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const { validateBoolean, validateFunction, validateOneOf, validateString } = require('internal/validators');

// ---------------------------------------------------------------------------------------------
// util.types

function typedArrayCheck(name) {
  return (value) => brands.typedArrayTagOf(value) === name;
}

const types = {
  isDate: brands.isDate,
  isArgumentsObject: brands.isArgumentsObject,
  isBigIntObject: brands.isBigIntObject,
  isBooleanObject: brands.isBooleanObject,
  isNumberObject: brands.isNumberObject,
  isStringObject: brands.isStringObject,
  isSymbolObject: brands.isSymbolObject,
  // Decided by Object.prototype.toString, so an error with its own Symbol.toStringTag is missed.
  isNativeError: brands.isNativeError,
  isRegExp: brands.isRegExp,
  isPromise: brands.isPromise,
  // Proxies made after the bootstrap (internal/util/proxies).
  isProxy: brands.isProxy,
  isMap: brands.isMap,
  isSet: brands.isSet,
  isWeakMap: brands.isWeakMap,
  isWeakSet: brands.isWeakSet,
  isArrayBuffer: brands.isArrayBuffer,
  isDataView: brands.isDataView,
  isSharedArrayBuffer: brands.isSharedArrayBuffer,
  isAnyArrayBuffer: brands.isAnyArrayBuffer,
  isBoxedPrimitive: brands.isBoxedPrimitive,
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
  isTypedArray: brands.isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  // The kinds below have no brand check plain JS can make without running the value, so they go
  // by the intrinsic prototypes (and for functions also the source text): only an object whose
  // prototype was swapped by hand can fool them.
  isAsyncFunction: (value) => functionKindOf(value).async,
  isGeneratorFunction: (value) => functionKindOf(value).generator,
  isGeneratorObject: (value) => inheritsFrom(value, GeneratorPrototype) || inheritsFrom(value, AsyncGeneratorPrototype),
  isMapIterator: (value) => hasPrototype(value, MapIteratorPrototype),
  isSetIterator: (value) => hasPrototype(value, SetIteratorPrototype),
  isModuleNamespaceObject,
  // datagraal has no native addons (so no externals) and no KeyObject/CryptoKey classes.
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const MapIteratorPrototype = Object.getPrototypeOf(new Map().keys());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().keys());
const functionToString = Function.prototype.toString;
const noKind = Object.freeze({ async: false, generator: false });

function hasPrototype(value, prototype) {
  return value !== null && typeof value === 'object' && !brands.isProxy(value) &&
    Object.getPrototypeOf(value) === prototype;
}

// A generator object's prototype is its function's `prototype`, which inherits from the intrinsic.
function inheritsFrom(value, intrinsic) {
  if (value === null || typeof value !== 'object' || brands.isProxy(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype !== null && Object.getPrototypeOf(prototype) === intrinsic;
}

function functionKindOf(value) {
  if (typeof value !== 'function' || brands.isProxy(value)) return noKind;
  const prototype = Object.getPrototypeOf(value);
  const async = prototype === AsyncFunctionPrototype || prototype === AsyncGeneratorFunctionPrototype;
  const generator = prototype === GeneratorFunctionPrototype || prototype === AsyncGeneratorFunctionPrototype;
  if (!async && !generator) return noKind;
  // The source confirms it: an async one starts with `async`, a generator has `*` before its
  // parameters (a bound or native function shows no source and is neither, as in V8).
  const source = functionToString.call(value);
  const head = source.slice(0, source.indexOf('('));
  return {
    async: async && /^async\b/.test(source),
    generator: generator && head.includes('*'),
  };
}

function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object' || brands.isProxy(value)) return false;
  if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module' && !tag.writable && !tag.enumerable && !tag.configurable;
}

// ---------------------------------------------------------------------------------------------
// getSystemErrorName, getSystemErrorMap

let uvErrmap;

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  uvErrmap ??= require('internal/uv_errmap');
  return uvErrmap.get(err)?.[0] ?? `Unknown system error ${err}`;
}

// A fresh copy each call, as Node's: changing it changes nothing else.
function getSystemErrorMap() {
  uvErrmap ??= require('internal/uv_errmap');
  return new Map(Array.from(uvErrmap, ([errno, [name, message]]) => [errno, [name, message]]));
}

// ---------------------------------------------------------------------------------------------
// inherits, deprecate

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Codes already warned about: one warning per code, even across different wrapped functions.
const warnedDeprecationCodes = new Set();

// process.emitWarning itself honours --no-deprecation / process.noDeprecation.
function deprecate(fn, message, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      emitDeprecationWarning(message, code, deprecated);
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // The wrapper inherits from fn (statics keep working) and shares its prototype (instanceof too).
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function emitDeprecationWarning(message, code, wrapper) {
  if (typeof process !== 'object' || process === null || typeof process.emitWarning !== 'function') return;
  if (code === undefined) {
    process.emitWarning(message, 'DeprecationWarning', wrapper);
  } else if (!warnedDeprecationCodes.has(code)) {
    warnedDeprecationCodes.add(code);
    process.emitWarning(message, 'DeprecationWarning', code, wrapper);
  }
}

// ---------------------------------------------------------------------------------------------
// promisify, callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Built-ins whose callbacks get several results (dns.lookup: address, family) name them under
// this key, so the promise resolves to an object of those names.
const kCustomPromisifyArgsSymbol = Symbol.for('datagraal.util.promisify.customArgs');

// Copies fn's own properties (name, length, statics) onto a wrapper.
function copyOwnProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  const resultNames = original[kCustomPromisifyArgsSymbol];
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      args.push((error, ...values) => {
        if (error) return reject(error);
        if (resultNames !== undefined && values.length > 1) {
          const named = {};
          for (let i = 0; i < resultNames.length; i++) named[resultNames[i]] = values[i];
          resolve(named);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisifiedSymbol, {
    value: promisified, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(promisified, original);
}
promisify.custom = kCustomPromisifiedSymbol;

// A promise rejected with a falsy reason still needs a truthy error for the callback.
function rejectionToError(reason) {
  if (reason) return reason;
  const error = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  error.reason = reason;
  return error;
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCallback = args.pop();
    validateFunction(maybeCallback, 'last argument');
    const callback = maybeCallback.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(() => callback(rejectionToError(reason))));
  }
  return copyOwnProperties(callbackified, original, (descriptors) => {
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

// ---------------------------------------------------------------------------------------------
// debuglog

let debugEnabledTest;
const debugLoggers = Object.create(null);

// NODE_DEBUG is a comma-separated list of section names, `*` matching anything, case-insensitive.
function isDebugEnabled(section) {
  if (debugEnabledTest === undefined) {
    // Node reads NODE_DEBUG at startup: the script's own changes to process.env come too late.
    const setting = internalBinding('process').startupEnv('NODE_DEBUG');
    if (setting) {
      const pattern = setting.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
      const matcher = new RegExp(`^${pattern}$`, 'i');
      debugEnabledTest = (name) => matcher.test(name);
    } else {
      debugEnabledTest = () => false;
    }
  }
  return debugEnabledTest(section);
}

function stderrWantsColors() {
  const stream = process.stderr;
  const forced = process.env?.FORCE_COLOR;
  if (forced !== undefined) return ['', '1', 'true', '2', '3'].includes(forced);
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function noop() {}

function createDebugWriter(section, enabled) {
  if (debugLoggers[section] !== undefined) return debugLoggers[section];
  let writer = noop;
  if (enabled) {
    const pid = process.pid;
    if (section === 'HTTP' || section === 'HTTP2') {
      process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can ` +
        'expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
    }
    writer = function debug(...args) {
      const colors = stderrWantsColors();
      const message = formatWithOptions({ colors }, ...args);
      process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), message));
    };
  }
  debugLoggers[section] = writer;
  return writer;
}

// NODE_DEBUG is looked up on first use, so modules may create loggers before process is ready.
function debuglog(section, onFirstUse) {
  let enabled;
  let resolved = false;
  const resolve = () => {
    if (!resolved) {
      section = section.toUpperCase();
      enabled = isDebugEnabled(section);
      resolved = true;
    }
    return enabled;
  };
  let debug = (...args) => {
    resolve();
    debug = createDebugWriter(section, enabled);
    if (typeof onFirstUse === 'function') onFirstUse(debug);
    return debug(...args);
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() { return resolve(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "26 Feb 16:19:34", local time.
function logTimestamp() {
  const now = new Date();
  const twoDigits = (n) => String(n).padStart(2, '0');
  const time = `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}:${twoDigits(now.getSeconds())}`;
  return `${now.getDate()} ${monthNames[now.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', logTimestamp(), format(...args));
}

function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

// Node's deep equality (internal/util/comparisons), loaded on first use.
function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

// Loads the AbortSignal side only when called.
function aborted(signal, resource) {
  return require('internal/abort_controller').aborted(signal, resource);
}

// ---------------------------------------------------------------------------------------------
// styleText

// A Node stream, or anything that looks like one (what Node accepts as `stream`).
function isStreamLike(value) {
  return value !== null && typeof value === 'object' &&
    (value._readableState !== undefined || value._writableState !== undefined ||
     (typeof value.on === 'function' && (typeof value.write === 'function' || typeof value.pipe === 'function')));
}

// Node's rule for colouring a stream: FORCE_COLOR decides when set, else a TTY with more than
// two colours.
function streamWantsColors(stream) {
  const forced = process.env?.FORCE_COLOR;
  if (forced !== undefined) return !['0', 'false'].includes(forced);
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// As in Node v20.20, a list of formats is applied even where the stream would not show colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColors = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColors = !streamWantsColors(stream);
  }
  const codesOf = (key) => {
    const codes = inspect.colors[key];
    if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    return codes;
  };
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = codesOf(key);
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = codesOf(format);
  if (skipColors) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// The same order as Node's module object, so printing `util` lists the keys alike.
module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (value) => typeof value === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === null || value === undefined,
  isNumber: (value) => typeof value === 'number',
  isString: (value) => typeof value === 'string',
  isSymbol: (value) => typeof value === 'symbol',
  isUndefined: (value) => value === undefined,
  isRegExp: brands.isRegExp,
  isObject: (value) => value !== null && typeof value === 'object',
  isDate: brands.isDate,
  isError,
  isFunction: (value) => typeof value === 'function',
  isPrimitive: (value) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
};

// Loaded on first use, as Node does (accessor properties there too): they pull in modules that
// most programs never need, and util is loaded by every console.log.
function defineLazyExport(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(module.exports, name, {
    get: { [`get ${name}`]() { if (!loaded) { value = load(); loaded = true; } return value; } }[`get ${name}`],
    set: { [`set ${name}`](replacement) { value = replacement; loaded = true; } }[`set ${name}`],
    enumerable: true,
    configurable: true,
  });
}
defineLazyExport('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazyExport('TextDecoder', () => globalThis.TextDecoder);
defineLazyExport('TextEncoder', () => globalThis.TextEncoder);
