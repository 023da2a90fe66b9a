'use strict';
// util.inspect and util.format, printing exactly what Node 20 prints, in plain JS.
//
// Node asks V8 for a few things that plain JS cannot see; what this file does instead:
// - Proxies are known from internal/util/proxies, which sees every proxy made after the bootstrap;
//   an unknown one is inspected through its traps, as an ordinary object (a revoked one still
//   prints `<Revoked Proxy>`).
// - A promise's state comes from the engine, its settled value cannot be read synchronously:
//   `Promise { <pending> }`, but `Promise { <unknown> }` and `Promise { <rejected> <unknown> }`.
// - Map/Set iterators cannot be previewed without consuming them: they print as plain objects,
//   e.g. `Object [Map Iterator] {}`.
// - Brand checks (is this a Map, a Date, ...) use built-in methods that throw on foreign objects.
// - Function kinds (async, generator) are read from the function's prototype.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { getProxyDetails, isProxy } = require('internal/util/proxies');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
const optionNames = Object.keys(defaultOptions);

// How the entries of an object are printed: `key: value`, bare values (array items), or named
// properties that follow the items of an array-like.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Strings shorter than this are never split at their line breaks.
const kMinLineWidth = 16;

// ---------------------------------------------------------------------------------------------
// Brand checks. Each uses a built-in that only accepts its own kind of object, so lookalikes
// (objects with a faked prototype or Symbol.toStringTag) are told apart from the real thing.

// `method` called on `self`; built-ins are called like this so user overrides do not interfere.
const uncurryThis = (method) => (self, argument) => method.call(self, argument);
const getterOf = (proto, key) => uncurryThis(Object.getOwnPropertyDescriptor(proto, key).get);

function brandCheck(probe) {
  return (value) => {
    try {
      probe(value);
      return true;
    } catch {
      return false;
    }
  };
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagOf = getterOf(TypedArrayPrototype, Symbol.toStringTag);
const typedArrayLengthOf = getterOf(TypedArrayPrototype, 'length');
const regExpSourceOf = getterOf(RegExp.prototype, 'source');
const objectToString = uncurryThis(Object.prototype.toString);
const hasOwn = Object.hasOwn;
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);

const mapSizeOf = getterOf(Map.prototype, 'size');
const setSizeOf = getterOf(Set.prototype, 'size');

const isDate = brandCheck(uncurryThis(Date.prototype.getTime));
const isMap = brandCheck(mapSizeOf);
const isSet = brandCheck(setSizeOf);
const isWeakMap = brandCheck((value) => WeakMap.prototype.has.call(value, isWeakMap));
const isWeakSet = brandCheck((value) => WeakSet.prototype.has.call(value, isWeakSet));
const isArrayBuffer = brandCheck(getterOf(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brandCheck(getterOf(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
// valueOf accepts the primitive itself too, hence the typeof checks.
const boxedCheck = (valueOf) => {
  const check = brandCheck(uncurryThis(valueOf));
  return (value) => typeof value === 'object' && value !== null && check(value);
};
const isNumberObject = boxedCheck(Number.prototype.valueOf);
const isStringObject = boxedCheck(String.prototype.valueOf);
const isBooleanObject = boxedCheck(Boolean.prototype.valueOf);
const isBigIntObject = boxedCheck(BigInt.prototype.valueOf);
const isSymbolObject = boxedCheck(Symbol.prototype.valueOf);

function isRegExp(value) {
  if (value === RegExp.prototype) return false; // its `source` getter answers '(?:)' instead of throwing
  try {
    regExpSourceOf(value);
    return true;
  } catch {
    return false;
  }
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isTypedArray(value) {
  return typedArrayTagOf(value) !== undefined;
}

function isDataView(value) {
  return ArrayBuffer.isView(value) && !isTypedArray(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// Runs `probe` while `value` has the given own property, then restores what was there. Returns
// `fallback` when the property cannot be put in place (frozen objects, fixed properties).
function withTemporaryProperty(value, key, descriptor, probe, fallback) {
  const original = Reflect.getOwnPropertyDescriptor(value, key);
  if ((original !== undefined && !original.configurable) ||
      !Reflect.defineProperty(value, key, { ...descriptor, configurable: true })) {
    return fallback();
  }
  try {
    return probe();
  } finally {
    Reflect.deleteProperty(value, key);
    if (original !== undefined) Reflect.defineProperty(value, key, original);
  }
}

// Object.prototype.toString reports the internal slot ('Error', 'Arguments', ...) unless a
// Symbol.toStringTag overrides it; such a tag is shadowed for the moment of the call.
function builtinTagIs(value, expected, fallback) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof value[Symbol.toStringTag] !== 'string') return objectToString(value) === expected;
  return withTemporaryProperty(value, Symbol.toStringTag, { value: undefined },
    () => objectToString(value) === expected, fallback);
}

function isNativeError(value) {
  return builtinTagIs(value, '[object Error]', () => value instanceof Error);
}

function isArgumentsObject(value) {
  return builtinTagIs(value, '[object Arguments]', () => false);
}

// A revoked proxy throws a TypeError on every operation, even reading its prototype.
function isRevokedProxy(value) {
  try {
    Reflect.getPrototypeOf(value);
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}

// What inspect and util.isError take for an error: anything tagged "Error" (even by a
// Symbol.toStringTag) or inheriting from Error.prototype.
function isError(value) {
  return objectToString(value) === '[object Error]' || value instanceof Error;
}

const probeSentinel = Symbol('probe');

// Only promises let Promise.prototype.then read their `constructor` (anything else throws a
// TypeError first). A temporary own getter observes that read and aborts the call, so nothing
// is chained and the promise is left as it was. Objects that cannot take the getter (frozen,
// or with a fixed own `constructor`) fall back to their toString tag.
function isPromise(value) {
  if (value === null || typeof value !== 'object') return false;
  const getter = { get() { throw probeSentinel; }, enumerable: false };
  return withTemporaryProperty(value, 'constructor', getter, () => {
    try {
      Promise.prototype.then.call(value);
      return false;
    } catch (error) {
      return error === probeSentinel;
    }
  }, () => objectToString(value) === '[object Promise]');
}

// Cheap pre-checks (see formatRaw); ordinary objects also never get isPromise's probe property.
function mayBePromise(value) {
  return value instanceof Promise || objectToString(value) === '[object Promise]';
}

function mayBeArrayBuffer(value) {
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function mayBeBoxedPrimitive(value) {
  return value instanceof Number || value instanceof String || value instanceof Boolean ||
    value instanceof BigInt || value instanceof Symbol;
}

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});

// Function kinds by prototype: plain JS cannot read a function's kind directly.
function functionKind(fn) {
  const proto = Object.getPrototypeOf(fn);
  if (proto === AsyncFunctionPrototype) return 'AsyncFunction';
  if (proto === GeneratorFunctionPrototype) return 'GeneratorFunction';
  if (proto === AsyncGeneratorFunctionPrototype) return 'AsyncGeneratorFunction';
  return 'Function';
}

// ---------------------------------------------------------------------------------------------
// Colors.

const colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Aliases are hidden accessors, so they neither show up when listing colors nor drift apart.
function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorCodePattern = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(colorCodePattern, '');
}

// ANSI/VT escape sequences (CSI, OSC and single-character ones).
const vtControlPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  return str.replace(vtControlPattern, '');
}

// ---------------------------------------------------------------------------------------------
// Display width: East Asian wide/fullwidth characters take two columns, marks and controls none.
// The wide ranges were measured from Node 20's own width function (ICU, Unicode 17).

const wideRanges = parseRanges(
  '1100-115f,231a-231b,2329-232a,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2630-2637,2648-2653,267f,' +
  '268a-268f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,26fd,2705,' +
  '270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,2b55,2e80-2e99,' +
  '2e9b-2ef3,2f00-2fd5,2ff0-303e,3041-3096,3099-30ff,3105-312f,3131-318e,3190-31e5,31ef-321e,' +
  '3220-3247,3250-a48c,a490-a4c6,a960-a97c,ac00-d7a3,f900-faff,fe10-fe19,fe30-fe52,fe54-fe66,' +
  'fe68-fe6b,ff01-ff60,ffe0-ffe6,16fe0-16fe4,16ff0-16ff6,17000-18cd5,18cff-18d1e,18d80-18df2,' +
  '1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b122,1b132,1b150-1b152,1b155,1b164-1b167,1b170-1b2fb,' +
  '1d15e-1d15f,1d1bb-1d1bc,1d300-1d356,1d360-1d376,1f004,1f0cf,1f18e,1f191-1f19a,1f1e6-1f202,' +
  '1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,1f300-1f320,1f32d-1f335,1f337-1f37c,1f37e-1f393,' +
  '1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,1f3f4,1f3f8-1f43e,1f440,1f442-1f4fc,1f4ff-1f53d,1f54b-1f54e,' +
  '1f550-1f567,1f57a,1f595-1f596,1f5a4,1f5fb-1f64f,1f680-1f6c5,1f6cc,1f6d0-1f6d2,1f6d5-1f6d8,' +
  '1f6dc-1f6df,1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7eb,1f7f0,1f90c-1f93a,1f93c-1f945,1f947-1f9ff,' +
  '1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8,1facd-1fadc,1fadf-1faea,1faef-1faf8,20000-2fffd,' +
  '30000-3fffd');

function parseRanges(text) {
  const bounds = [];
  for (const part of text.split(',')) {
    const [start, end = start] = part.split('-');
    bounds.push(parseInt(start, 16), parseInt(end, 16));
  }
  return bounds;
}

function isWideCodePoint(code) {
  let low = 0;
  let high = wideRanges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < wideRanges[middle * 2]) high = middle - 1;
    else if (code > wideRanges[middle * 2 + 1]) low = middle + 1;
    else return true;
  }
  return false;
}

const zeroWidthPattern = /[\p{Mn}\p{Me}\p{Cc}\p{Cf}\p{Emoji_Modifier}]/u;

function codePointWidth(code, char) {
  if (isWideCodePoint(code)) return 2;
  if (code === 0xad) return 1; // soft hyphen is a format character that still takes a column
  return zeroWidthPattern.test(char) ? 0 : 1;
}

const printableAscii = /^[\x20-\x7e]*$/;

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  if (printableAscii.test(str)) return str.length;
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) return width + nonAsciiWidth(str.slice(i).normalize('NFC'));
    if (code >= 32) width++;
  }
  return width;
}

function nonAsciiWidth(str) {
  let width = 0;
  for (const char of str) width += codePointWidth(char.codePointAt(0), char);
  return width;
}

// ---------------------------------------------------------------------------------------------
// Strings.

// Escapes for the characters below U+00A0 that are printed escaped (made on first use: a
// start-up loop would be compiled by the JIT for nothing).
let escapeTable;
function makeEscapeTable() {
  const table = [];
  for (let code = 0; code < 0xa0; code++) {
    if (code < 0x20 || code >= 0x7f) {
      table[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  table[0x08] = '\\b';
  table[0x09] = '\\t';
  table[0x0a] = '\\n';
  table[0x0c] = '\\f';
  table[0x0d] = '\\r';
  table[0x27] = "\\'";
  table[0x5c] = '\\\\';
  return table;
}

// Control characters, the backslash and lone surrogates, with or without the single quote.
const needsEscapeWithQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeNoQuote =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllWithQuote = new RegExp(needsEscapeWithQuote.source, 'g');
const escapeAllNoQuote = new RegExp(needsEscapeNoQuote.source, 'g');

function escapeChar(char) {
  const code = char.charCodeAt(0);
  return code < 0xa0 ? (escapeTable ??= makeEscapeTable())[code] : `\\u${code.toString(16)}`;
}

// Single quotes unless the string has some; then double quotes, else backticks, else escaped
// single quotes.
function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  const escapesQuote = quote === "'";
  if ((escapesQuote ? needsEscapeWithQuote : needsEscapeNoQuote).test(str)) {
    str = str.replace(escapesQuote ? escapeAllWithQuote : escapeAllNoQuote, escapeChar);
  }
  return `${quote}${str}${quote}`;
}

function escapeKeyText(str) {
  return needsEscapeWithQuote.test(str) ? str.replace(escapeAllWithQuote, escapeChar) : str;
}

const identifierPattern = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// ---------------------------------------------------------------------------------------------
// Numbers.

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${integerString.slice(i - 3, i)}${result}`;
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fractionString) {
  let result = '';
  let i = 0;
  for (; i < fractionString.length - 3; i += 3) result += `${fractionString.slice(i, i + 3)}_`;
  return i === 0 ? fractionString : `${result}${fractionString.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const integerString = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || integerString.includes('e')) return stylize(integerString, 'number');
    return stylize(addNumericSeparator(integerString), 'number');
  }
  if (Number.isNaN(number)) return stylize(integerString, 'number');
  // Split at the decimal point of the number's own text (Node does this even for exponent
  // forms such as 1e-7, which have none, and prints "1e-.1e-_7").
  const text = String(number);
  const point = text.indexOf('.');
  return stylize(`${addNumericSeparator(text.slice(0, point))}.${addNumericSeparatorEnd(text.slice(point + 1))}`, 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const digits = String(bigint);
  return stylize(`${numericSeparator ? addNumericSeparator(digits) : digits}n`, 'bigint');
}

function moreItems(count, noun) {
  return `... ${count} more ${noun}${count > 1 ? 's' : ''}`;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(stylize, value, ctx);
    case 'number': return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean': return stylize(`${value}`, 'boolean');
    case 'undefined': return stylize('undefined', 'undefined');
    default: return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

function formatString(stylize, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = moreItems(remaining, 'character');
  }
  // Long multi-line strings are printed one line per quoted piece, joined with `+`.
  if (ctx.compact !== true && value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4 && value.includes('\n')) {
    const separator = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
    return value.split(/(?<=\n)/).map((line) => stylize(quoteString(line), 'string')).join(separator) + trailer;
  }
  return stylize(quoteString(value), 'string') + trailer;
}

// ---------------------------------------------------------------------------------------------
// inspect().

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth,
    colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect,
    showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength,
    maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength,
    compact: defaultOptions.compact,
    sorted: defaultOptions.sorted,
    getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator,
    userOptions: undefined,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(defaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed on to custom inspect functions untouched.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return defaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    return Object.assign(defaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

inspect.colors = colors;
inspect.styles = styles;

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  if (ctx.userOptions !== undefined) Object.assign(options, ctx.userOptions);
  if (isCrossContext) {
    // An object that does not inherit from this realm's Object gets only primitive options.
    Object.setPrototypeOf(options, null);
    for (const key of Object.keys(options)) {
      const option = options[key];
      if ((typeof option === 'object' || typeof option === 'function') && option !== null) delete options[key];
    }
    options.stylize = Object.setPrototypeOf((text, styleType) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(text, styleType)}`;
      } catch {
        // Fall through to the unstyled text.
      }
      return typeof stylized === 'string' ? stylized : text;
    }, null);
  }
  return options;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value === 'string') return formatString(ctx.stylize, value, ctx);
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  // A known proxy: its target is shown without running the traps, or with showProxy the proxy
  // itself as `Proxy [ target, handler ]`.
  const proxy = getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy.target === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy.target;
  }
  try {
    if (ctx.customInspect) {
      const custom = value[customInspectSymbol];
      // Prototype objects carry the custom function for their instances, not for themselves.
      if (typeof custom === 'function' && custom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const options = getUserOptions(ctx, !(value instanceof Object));
        const result = Reflect.apply(custom, value, [depth, options, inspect]);
        if (result !== value) {
          if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
          return result.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
    if (ctx.seen.includes(value)) return formatCircularReference(ctx, value);
    return formatRaw(ctx, value, recurseTimes, typedArray);
  } catch (error) {
    // Checked only on failure: every operation on a revoked proxy throws.
    if (isRevokedProxy(value)) return ctx.stylize('<Revoked Proxy>', 'special');
    throw error;
  }
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) return ctx.stylize('Proxy [Array]', 'special');
  ctx.indentationLvl += 2;
  const output = [
    formatValue(ctx, proxy.target, recurseTimes + 1),
    formatValue(ctx, proxy.handler, recurseTimes + 1),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, output, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes + 1);
}

// `[Circular *N]`, numbering the objects that recur in the order they are found.
function formatCircularReference(ctx, value) {
  let index = 1;
  if (ctx.circular === undefined) {
    ctx.circular = new Map([[value, index]]);
  } else {
    index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
  }
  return ctx.stylize(`[Circular *${index}]`, 'special');
}

// The name Node prints before an object: its constructor's name, or a description of its
// prototype chain when no usable constructor is found. Null for null-prototype objects.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const target = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(target, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !isBuiltinName(descriptor.value.name))) {
        addPrototypeProperties(ctx, target, firstProto || target, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const internalName = internalConstructorName(target);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${internalName} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${internalName} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${internalName} <${protoName}>`;
}

// The engine's own class name for an object, as far as plain JS can tell it.
function internalConstructorName(value) {
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  return 'Object';
}

function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

const builtinNames = require('internal/util/language_globals');
function isBuiltinName(name) {
  return builtinNames.has(name);
}

// With showHidden, the non-function properties of user-defined prototypes (up to three levels).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltinName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const descriptor = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof descriptor.value === 'function') continue;
      const entry = formatProperty(ctx, obj, recurseTimes, key, kObjectType, descriptor, main);
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// "Foo ", "Map(2) ", "[Object: null prototype] ", "Foo [bar] ": what precedes the braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    const keys = Object.getOwnPropertyNames(value);
    for (const symbol of symbols) keys.push(symbol);
    return keys;
  }
  const keys = Object.keys(value);
  for (const symbol of symbols) {
    if (isEnumerable(value, symbol)) keys.push(symbol);
  }
  return keys;
}

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return false;
  const number = Number(key);
  return Number.isInteger(number) && number < 4294967295 && String(number) === key;
}

// Own keys that are not array indices; enumerable ones only unless showHidden.
function getNonIndexKeys(value, showHidden) {
  if (showHidden) return Reflect.ownKeys(value).filter((key) => !isArrayIndex(key));
  // Indices come first in Object.keys, so the other keys are a tail that is usually empty.
  const names = Object.keys(value);
  let firstName = names.length;
  while (firstName > 0 && !isArrayIndex(names[firstName - 1])) firstName--;
  const keys = firstName === names.length ? [] : names.slice(firstName);
  const symbols = Object.getOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
  }
  return keys;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  // With showHidden, the properties of user-defined prototypes are listed too.
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const tag = getShownTag(ctx, value);

  const shape = describeIterable(ctx, value, constructor, tag, protoProps) ??
    describeNonIterable(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
  // A string is the finished output (values without entries).
  if (typeof shape === 'string') return shape;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  return formatEntries(ctx, value, recurseTimes + 1, constructor, tag, protoProps, shape);
}

// Symbol.toStringTag as shown after the constructor name: '' when there is none, or when it is
// an own enumerable property (any own property with showHidden), which is listed instead.
function getShownTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    return '';
  }
  return tag;
}

// How an object is laid out: the text before it (base), its braces, the keys listed, and the
// function producing its other entries (items of arrays, sets, maps, ...).
function makeShape(keys, braces, formatter = formatNothing, extrasType = kObjectType, base = '') {
  return { keys, braces, formatter, extrasType, base };
}

// Brand checks throw for every object of another kind, and throwing is slow, so each runs only
// when the prototype chain points at that kind (or there is no prototype at all). A built-in
// object moved onto an unrelated prototype is therefore printed like a plain object.

// Arrays, sets, maps and typed arrays; undefined for anything else.
function describeIterable(ctx, value, constructor, tag, protoProps) {
  const exotic = constructor === null;
  if (!exotic && !(Symbol.iterator in value)) return undefined;
  if (Array.isArray(value)) {
    const prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    const keys = getNonIndexKeys(value, ctx.showHidden);
    if (value.length === 0 && keys.length === 0 && !protoProps) return `${prefix}[]`;
    return makeShape(keys, [`${prefix}[`, ']'], formatArray, kArrayExtrasType);
  }
  if ((exotic || value instanceof Set) && isSet(value)) {
    const size = setSizeOf(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    if (size === 0 && keys.length === 0 && !protoProps) return `${prefix}{}`;
    return makeShape(keys, [`${prefix}{`, '}'], formatSet);
  }
  if ((exotic || value instanceof Map) && isMap(value)) {
    const size = mapSizeOf(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    if (size === 0 && keys.length === 0 && !protoProps) return `${prefix}{}`;
    return makeShape(keys, [`${prefix}{`, '}'], formatMap);
  }
  if (isTypedArray(value)) {
    const keys = getNonIndexKeys(value, ctx.showHidden);
    let items = value;
    let fallback = '';
    if (constructor === null) {
      // Without a prototype the elements cannot be read; a copy of the same kind can.
      fallback = typedArrayTagOf(value);
      items = new globalThis[fallback](value);
    }
    const size = typedArrayLengthOf(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${prefix}[]`;
    const formatter = (ctx2, ignored, recurseTimes) => formatTypedArray(items, size, ctx2, recurseTimes);
    return makeShape(keys, [`${prefix}[`, ']'], formatter, kArrayExtrasType);
  }
  return undefined;
}

function describeNonIterable(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  const exotic = constructor === null;
  const keys = getKeys(value, ctx.showHidden);
  const bare = keys.length === 0 && !protoProps;
  if (constructor === 'Object') {
    let open = '{';
    // Every arguments object has an own `callee`; checking that first keeps plain objects fast.
    if (hasOwn(value, 'callee') && isArgumentsObject(value)) {
      open = '[Arguments] {';
    } else if (tag !== '') {
      open = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    return bare ? `${open}}` : makeShape(keys, [open, '}']);
  }
  if (typeof value === 'function') {
    const base = getFunctionBase(value, constructor, tag);
    return bare ? ctx.stylize(base, 'special') : makeShape(keys, ['{', '}'], formatNothing, kObjectType, base);
  }
  if ((exotic || value instanceof RegExp) && isRegExp(value)) {
    let base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (bare || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
    return makeShape(keys, ['{', '}'], formatNothing, kObjectType, base);
  }
  if ((exotic || value instanceof Date) && isDate(value)) {
    let base = Number.isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    return bare ? ctx.stylize(base, 'date') : makeShape(keys, ['{', '}'], formatNothing, kObjectType, base);
  }
  if (isError(value)) {
    // formatError may add `cause` and `errors` to the keys.
    const base = formatError(value, constructor, tag, ctx, keys);
    return keys.length === 0 && !protoProps ? base : makeShape(keys, ['{', '}'], formatNothing, kObjectType, base);
  }
  if ((exotic || mayBeArrayBuffer(value)) && isAnyArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
    // The buffer of a typed array shown with showHidden omits the contents.
    if (typedArray !== undefined && bare) {
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    keys.unshift('byteLength');
    return makeShape(keys, [`${prefix}{`, '}'], typedArray === undefined ? formatArrayBuffer : formatNothing);
  }
  if (isDataView(value)) {
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return makeShape(keys, [`${getPrefix(constructor, tag, 'DataView')}{`, '}']);
  }
  if ((exotic || mayBePromise(value)) && isPromise(value)) {
    return makeShape(keys, [`${getPrefix(constructor, tag, 'Promise')}{`, '}'], formatPromise);
  }
  if ((exotic || value instanceof WeakSet) && isWeakSet(value)) {
    return makeShape(keys, [`${getPrefix(constructor, tag, 'WeakSet')}{`, '}'], formatWeakCollection);
  }
  if ((exotic || value instanceof WeakMap) && isWeakMap(value)) {
    return makeShape(keys, [`${getPrefix(constructor, tag, 'WeakMap')}{`, '}'], formatWeakCollection);
  }
  if ((exotic || mayBeBoxedPrimitive(value)) && isBoxedPrimitive(value)) {
    // getBoxedBase drops the index keys of String objects.
    const base = getBoxedBase(value, ctx, keys, constructor, tag);
    return keys.length === 0 && !protoProps ? base : makeShape(keys, ['{', '}'], formatNothing, kObjectType, base);
  }
  if (exotic && isModuleNamespace(value)) {
    return bare ? '[Module: null prototype] {}' :
      makeShape([], ['[Module: null prototype] {', '}'], (ctx2, ignored, depth) => formatNamespace(ctx2, value, depth, keys));
  }
  const prefix = getPrefix(constructor, tag, 'Object');
  return bare ? `${prefix}{}` : makeShape(keys, [`${prefix}{`, '}']);
}

// An ES module namespace: no prototype, not extensible, its own @@toStringTag 'Module'.
function isModuleNamespace(value) {
  const descriptor = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return descriptor?.value === 'Module' && !descriptor.writable && !descriptor.configurable &&
    !Object.isExtensible(value);
}

// Its bindings; one not yet initialized (a module still evaluating) reads as <uninitialized>.
function formatNamespace(ctx, value, recurseTimes, keys) {
  return keys.map((key) => {
    try {
      return formatProperty(ctx, value, recurseTimes, key, kObjectType);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      return `${typeof key === 'symbol' ? `[${key.toString()}]` : key}: ${ctx.stylize('<uninitialized>', 'special')}`;
    }
  });
}

// Formats the entries of an object one level deeper and joins them with its braces.
function formatEntries(ctx, value, recurseTimes, constructor, tag, protoProps, shape) {
  const { keys, braces, extrasType } = shape;
  let { base } = shape;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = shape.formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (error) {
    const constructorName = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, error, constructorName, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the named properties after the items are sorted.
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const result = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Stop descending once a huge amount of output was produced at one indentation level.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + result.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return result;
}

// Both engines use this message; V8 also reports a regex first compiled too deep in the stack
// as a SyntaxError with it (Node then crashes; here it ends the inspection like an overflow).
function isStackOverflowError(error) {
  return error instanceof Error && typeof error.message === 'string' &&
    error.message.endsWith('Maximum call stack size exceeded');
}

function handleMaxCallStackSize(ctx, error, constructorName, indentationLvl) {
  if (isStackOverflowError(error)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw error;
}

// ---------------------------------------------------------------------------------------------
// Functions, boxed primitives, errors.

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const commentPattern = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classHeadPattern = /^(\s+[^(]*?)\s*{/;

// A class's source text starts with `class` and has no `(` before its body.
function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const rest = source.slice(5, -1);
  const bodyStart = rest.indexOf('{');
  return bodyStart !== -1 &&
    (!rest.slice(0, bodyStart).includes('(') || classHeadPattern.test(rest.replace(commentPattern, '')));
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (looksLikeClass(source)) return getClassBase(value, constructor, tag);
  const type = functionKind(value);
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The characters are index keys; they are part of the primitive already.
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// name, message and stack are not repeated as properties when the stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, error, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(error[name])) keys.splice(index, 1);
  }
}

// Puts the constructor name into the first stack line when it differs from the error's name.
function improveStack(stack, constructor, name, tag) {
  let length = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === length || stack[length] === ':' || stack[length] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      length = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = length === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(length)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(length)}`;
      }
    }
  }
  return stack;
}

// Where the frames of `frames` repeat a run of at least four frames of `causeFrames`.
function identicalSequenceRange(frames, causeFrames) {
  for (let i = 0; i < frames.length - 3; i++) {
    const position = causeFrames.indexOf(frames[i]);
    if (position !== -1) {
      const rest = causeFrames.length - position;
      if (rest > 3) {
        let length = 1;
        const maxLength = Math.min(frames.length - i, rest);
        while (maxLength > length && frames[i + length] === causeFrames[position + length]) length++;
        if (length > 3) return { length, offset: i };
      }
    }
  }
  return { length: 0, offset: 0 };
}

function getStackFrames(ctx, error, stackFrames) {
  const frames = stackFrames.split('\n');
  let cause;
  try {
    ({ cause } = error);
  } catch {
    // A throwing `cause` getter just means there is nothing to compare with.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { length, offset } = identicalSequenceRange(frames, causeFrames);
      if (length > 0) {
        const skipped = length - 2;
        const message = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(message, 'undefined'));
      }
    }
  }
  return frames;
}

const coreFramePattern = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesPattern = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

// With colors, frames of Node's own modules are greyed and node_modules names underlined.
function colorStackFrame(ctx, line) {
  if (coreFramePattern.test(line)) return ctx.stylize(line, 'undefined');
  let colored = '';
  let lastPos = 0;
  nodeModulesPattern.lastIndex = 0;
  let match;
  while ((match = nodeModulesPattern.exec(line)) !== null) {
    colored += line.slice(lastPos, match.index + 14); // up to and including "/node_modules/"
    colored += ctx.stylize(match[1], 'module');
    lastPos = match.index + match[0].length;
  }
  return lastPos === 0 ? line : colored + line.slice(lastPos);
}

// V8 creates an error's `stack` before its `message`; GraalJS the other way round. Hidden keys
// are listed in V8's order.
function orderErrorKeysLikeV8(keys) {
  const messageIndex = keys.indexOf('message');
  const stackIndex = keys.indexOf('stack');
  if (messageIndex !== -1 && stackIndex > messageIndex) {
    keys.splice(stackIndex, 1);
    keys.splice(messageIndex, 0, 'stack');
  }
}

function formatError(error, constructor, tag, ctx, keys) {
  if (ctx.showHidden) orderErrorKeysLikeV8(keys);
  const name = error.name != null ? String(error.name) : 'Error';
  let stack = getStackString(error);
  removeDuplicateErrorKeys(ctx, keys, error, stack);
  if ('cause' in error && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  // The errors of an AggregateError.
  if (Array.isArray(error.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  // Look for the frames after the message, which may itself contain "\n    at".
  let position = (error.message && stack.indexOf(error.message)) || -1;
  if (position !== -1) position += error.message.length;
  const stackStart = stack.indexOf('\n    at', position);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, error, stack.slice(stackStart + 1));
    if (ctx.colors) {
      for (const line of lines) newStack += `\n${colorStackFrame(ctx, line)}`;
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------------
// Entries of the different kinds of objects.

function formatNothing() {
  return [];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// The engine tells a promise's state (internalBinding('util')) but not its settled value, which
// plain JS cannot read synchronously either: a settled promise shows `<unknown>` for it.
const kPromisePending = 0;
const kPromiseRejected = 2;
let utilBinding;

function promiseStateOf(value) {
  if (utilBinding === undefined) {
    utilBinding = typeof internalBinding === 'function' ? internalBinding('util') : null;
  }
  return utilBinding ? utilBinding.promiseState(value) : -1;
}

function formatPromise(ctx, value) {
  const state = promiseStateOf(value);
  if (state === kPromisePending) return [ctx.stylize('<pending>', 'special')];
  const unknown = ctx.stylize('<unknown>', 'special');
  return [state === kPromiseRejected ? `${ctx.stylize('<rejected>', 'special')} ${unknown}` : unknown];
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    hex += (i === 0 ? '' : ' ') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) hex += ` ${moreItems(remaining, 'byte')}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const limit = ctx.maxArrayLength > 0 ? ctx.maxArrayLength : 0;
  const shown = limit < length ? limit : length;
  const output = [];
  for (let i = 0; i < shown; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(value, i);
    if (descriptor === undefined) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, descriptor));
  }
  const remaining = length - shown;
  if (remaining > 0) output.push(moreItems(remaining, 'item'));
  return output;
}

// Continues formatArray from the first hole: runs of holes become `<N empty items>`, and each
// run counts as one entry against maxArrayLength.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, firstHole) {
  const keys = Object.keys(value);
  let index = firstHole;
  // keys[firstHole] is the first present index after the hole, as all before it are dense.
  for (let k = firstHole; k < keys.length && output.length < maxLength; k++) {
    const key = keys[k];
    const position = +key;
    if (position > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!isArrayIndex(key)) break;
      output.push(ctx.stylize(`<${position - index} empty item${position - index > 1 ? 's' : ''}>`, 'undefined'));
      index = position;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining, 'item'));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - shown;
  const output = new Array(shown);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[shown] = moreItems(remaining, 'item');
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  const size = setSizeOf(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let count = 0;
  // The built-in iterator, not an overridden one, like Node.
  const iterator = Set.prototype.values.call(value);
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    if (count >= shown) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
    count++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown, 'item'));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const size = mapSizeOf(value);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let count = 0;
  const iterator = Map.prototype.entries.call(value);
  for (let step = iterator.next(); !step.done; step = iterator.next()) {
    if (count >= shown) break;
    const [key, entryValue] = step.value;
    output.push(`${formatValue(ctx, key, recurseTimes)} => ${formatValue(ctx, entryValue, recurseTimes)}`);
    count++;
  }
  if (size - shown > 0) output.push(moreItems(size - shown, 'item'));
  ctx.indentationLvl -= 2;
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKeyText(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKeyText(key)}]`;
  } else if (identifierPattern.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// `[Getter]`, or with the `getters` option the getter's current value.
function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const stylize = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return stylize(`[${label}]`, 'special');
  try {
    const result = Reflect.apply(desc.get, receiver, []);
    ctx.indentationLvl += 2;
    let str;
    if (result === null) {
      str = `${stylize(`[${label}:`, 'special')} ${stylize('null', 'null')}${stylize(']', 'special')}`;
    } else if (typeof result === 'object') {
      str = `${stylize(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
    } else {
      str = `${stylize(`[${label}:`, 'special')} ${formatPrimitive(stylize, result, ctx)}${stylize(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (error) {
    const message = `<Inspection threw (${error.message})>`;
    return `${stylize(`[${label}:`, 'special')} ${message}${stylize(']', 'special')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Line breaking.

// Lays out more than six array entries in aligned columns when they are short enough.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part in the columns.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const length = getStringWidth(output[i], ctx.colors);
    dataLen[i] = length;
    totalLength += length + separatorSpace;
    if (maxLength < length) maxLength = length;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no entry may dwarf the others.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / actualMax <= 5 && maxLength > 6)) {
    return output;
  }
  // Aim for a roughly square block, taking characters as 2.5 times as high as wide; shorter
  // entries than average get more columns.
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const maxLineLength = [];
  for (let column = 0; column < columns; column++) {
    let lineLength = 0;
    for (let j = column; j < output.length; j += columns) {
      if (dataLen[j] > lineLength) lineLength = dataLen[j];
    }
    maxLineLength.push(lineLength + separatorSpace);
  }
  // Numbers are right-aligned, everything else left-aligned.
  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }
  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const rowEnd = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < rowEnd - 1; j++) {
      // Color codes take no room on screen, so they widen the padding.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += alignRight ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
    }
    if (alignRight) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    grouped.push(line);
  }
  if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
  return grouped;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least a separator.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // The innermost `compact` levels go on one line when they fit (and were not grouped).
      // ctx.currentDepth is the depth of the most recently formatted nested object.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on each line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const lineStart = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lineStart}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------------------------
// format().

let circularErrorMessage;

function firstLine(error) {
  const message = String(error.message);
  const end = message.indexOf('\n');
  return end === -1 ? message : message.slice(0, end);
}

// JSON.stringify, with `[Circular]` for circular structures. The error is recognised by the
// engine's own message, learnt once (V8 and GraalJS word it differently).
function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (circularErrorMessage === undefined) {
      try {
        const circular = {};
        circular.circular = circular;
        JSON.stringify(circular);
      } catch (circularError) {
        circularErrorMessage = firstLine(circularError);
      }
    }
    if (error.name === 'TypeError' && firstLine(error) === circularErrorMessage) return '[Circular]';
    throw error;
  }
}

// Whether %s should inspect the object rather than call its toString: true unless a
// user-defined class (or the object itself) provides toString.
function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltinName(descriptor.value.name);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatPlaceholder(code, arg, inspectOptions) {
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, inspectOptions?.numericSeparator);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, inspectOptions?.numericSeparator);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, inspectOptions?.numericSeparator);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), inspectOptions?.numericSeparator);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, inspectOptions?.numericSeparator);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), inspectOptions?.numericSeparator);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), inspectOptions?.numericSeparator);
    default: // 'c': CSS is ignored
      return '';
  }
}

function isPlaceholderCode(code) {
  return code === 115 || code === 106 || code === 100 || code === 79 || code === 111 ||
    code === 105 || code === 102 || code === 99;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!isPlaceholderCode(nextChar)) continue;
        const replacement = formatPlaceholder(nextChar, args[++a], inspectOptions);
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += replacement;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  inspect,
  inspectDefaultOptions: defaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  // Brand checks shared with require('util').types.
  types: {
    isDate,
    isRegExp,
    isMap,
    isSet,
    isWeakMap,
    isWeakSet,
    isArrayBuffer,
    isSharedArrayBuffer,
    isAnyArrayBuffer,
    isDataView,
    isTypedArray,
    typedArrayTagOf,
    isNumberObject,
    isStringObject,
    isBooleanObject,
    isBigIntObject,
    isSymbolObject,
    isBoxedPrimitive,
    isNativeError,
    isArgumentsObject,
    isPromise,
    isProxy,
  },
};
