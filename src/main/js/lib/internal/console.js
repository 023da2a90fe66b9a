'use strict';
// The Console class and the global console, printing what Node 20 prints: util.format'ed lines
// (log, info, debug, dirxml to stdout; warn, error, trace, assert to stderr), group indentation
// on every line, console.table's box drawing, time/timeLog/timeEnd durations, counters, and
// Node's warnings for unknown labels.

const {
  formatWithOptions,
  inspect,
  getStringWidth,
  types: { isMap, isSet },
} = require('internal/util/inspect');
const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');

// Node's symbol names, so instances show the same own symbols.
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');

const kUseStdout = true;
const kUseStderr = false;
const kMaxGroupIndentation = 1000;
const colorInspectOptions = { colors: true };
const noColorInspectOptions = {};

// Each console's own inspect options (the `inspectOptions` constructor option).
const inspectOptionsOf = new WeakMap();

const hidden = { writable: true, enumerable: false, configurable: true };

function noop() {}

// A write callback: an asynchronous write error must not go unhandled when nobody listens.
function writeErrorHandler(instance, useStdout) {
  return (error) => {
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (error !== null && !stream._writableState.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Durations, as time/timeLog/timeEnd print them.

function twoDigits(value) {
  return String(value).padStart(2, '0');
}

function formatDuration(ms) {
  if (ms < 1000) return `${Number(ms.toFixed(3))}ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(3)}s`;
  let hours = 0;
  if (ms >= 3600000) {
    hours = Math.floor(ms / 3600000);
    ms %= 3600000;
  }
  const minutes = Math.floor(ms / 60000);
  const [seconds, millis] = ((ms % 60000) / 1000).toFixed(3).split('.');
  if (hours !== 0) return `${hours}:${twoDigits(minutes)}:${twoDigits(seconds)}.${millis} (h:mm:ss.mmm)`;
  return `${minutes}:${twoDigits(seconds)}.${millis} (m:ss.mmm)`;
}

function logElapsed(instance, method, label, data) {
  const start = instance._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const [seconds, nanos] = process.hrtime(start);
  const formatted = formatDuration(seconds * 1000 + nanos / 1e6);
  if (data === undefined) instance.log('%s: %s', label, formatted);
  else instance.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---------------------------------------------------------------------------------------------
// console.table

const box = {
  horizontal: '─',
  vertical: '│',
  topLeft: '┌',
  topJoin: '┬',
  topRight: '┐',
  middleLeft: '├',
  cross: '┼',
  middleRight: '┤',
  bottomLeft: '└',
  bottomJoin: '┴',
  bottomRight: '┘',
};

// Cells are left-aligned with one space either side; widths count wide characters twice.
function tableRow(cells, widths) {
  const padded = cells.map((cell, i) => cell + ' '.repeat(widths[i] - getStringWidth(cell)));
  return `${box.vertical} ${padded.join(` ${box.vertical} `)} ${box.vertical}`;
}

function renderTable(head, columns) {
  const widths = head.map((title) => getStringWidth(title));
  const rowCount = Math.max(...columns.map((column) => column.length));
  const rows = [];
  for (let row = 0; row < rowCount; row++) {
    rows.push(columns.map((column, i) => {
      const cell = Object.hasOwn(column, row) ? column[row] : '';
      widths[i] = Math.max(widths[i], getStringWidth(cell));
      return cell;
    }));
  }
  const rule = (left, join, right) =>
    `${left}${widths.map((width) => box.horizontal.repeat(width + 2)).join(join)}${right}`;
  let text = `${rule(box.topLeft, box.topJoin, box.topRight)}\n${tableRow(head, widths)}\n` +
    `${rule(box.middleLeft, box.cross, box.middleRight)}\n`;
  for (const row of rows) text += `${tableRow(row, widths)}\n`;
  return text + rule(box.bottomLeft, box.bottomJoin, box.bottomRight);
}

const indexTitle = '(index)';
const iterationIndexTitle = '(iteration index)';
const keyTitle = 'Key';
const valuesTitle = 'Values';

function table(tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

  const print = (head, columns) => this.log(renderTable(head, columns));
  // Objects with more than two keys shrink to [Object]; arrays show three items at most.
  const cellText = (value) => {
    const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
      Object.keys(value).length > 2 ? -1 : 0;
    return inspect(value, { depth, maxArrayLength: 3, breakLength: Infinity, ...this[kGetInspectOptions](this._stdout) });
  };
  const positions = (count) => Array.from({ length: count }, (_, i) => cellText(i));

  if (isMap(tabularData)) {
    const keys = [];
    const values = [];
    for (const [key, value] of tabularData) {
      keys.push(cellText(key));
      values.push(cellText(value));
    }
    return print([iterationIndexTitle, keyTitle, valuesTitle], [positions(keys.length), keys, values]);
  }
  if (isSet(tabularData)) {
    const values = [];
    for (const value of tabularData) values.push(cellText(value));
    return print([iterationIndexTitle, valuesTitle], [positions(values.length), values]);
  }

  // One column per key found in the rows (in property order, integer-like keys first), then the
  // primitives' own column.
  const columns = Object.create(null);
  let hasPrimitives = false;
  const primitiveCells = [];
  const rowNames = Object.keys(tabularData);
  for (let row = 0; row < rowNames.length; row++) {
    const item = tabularData[rowNames[row]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveCells[row] = cellText(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        columns[key] ??= [];
        columns[key][row] = (primitive && properties) || !Object.hasOwn(item, key) ? '' : cellText(item[key]);
      }
    }
  }
  const head = Object.keys(columns);
  const cells = Object.values(columns);
  if (hasPrimitives) {
    head.push(valuesTitle);
    cells.push(primitiveCells);
  }
  head.unshift(indexTitle);
  cells.unshift(rowNames);
  return print(head, cells);
}


// ---------------------------------------------------------------------------------------------
// Console

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logElapsed(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logElapsed(this, 'timeLog', label, data);
  },

  trace(...args) {
    this.error(traceText(this[kFormatForStderr](args)));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // Only a terminal is cleared: the cursor goes home and the screen below it is erased.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table,
};

// "Trace: message" and the stack of the code that called console.trace.
function traceText(message) {
  const header = message === '' ? 'Trace' : `Trace: ${message}`;
  const stack = new Error().stack;
  if (typeof stack !== 'string') return header;
  const lines = stack.split('\n');
  let first = lines.findIndex((line) => line.startsWith('    at '));
  if (first === -1) return header;
  while (first < lines.length && /\(node:internal\/console:\d+:\d+\)$|\(node:console:\d+:\d+\)$/.test(lines[first])) first++;
  return [header, ...lines.slice(first)].join('\n');
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsOf.set(this, inspectOptions);
  }
  // The methods are bound, so they still work when taken off the instance; taken from `this`,
  // a subclass's overrides are the ones bound.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance?.[kIsConsole] === true;
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

const internalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: { ...hidden, value: stdout },
      _stderr: { ...hidden, value: stderr },
    });
  },

  // The global console reads process.stdout/stderr when it first writes, so that replacing
  // them before works.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        enumerable: false,
        configurable: true,
        get() { return stdout ??= object.stdout; },
        set(value) { stdout = value; },
      },
      _stderr: {
        enumerable: false,
        configurable: true,
        get() { return stderr ??= object.stderr; },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: { ...hidden, value: writeErrorHandler(this, kUseStdout) },
      _stderrErrorHandler: { ...hidden, value: writeErrorHandler(this, kUseStderr) },
      _ignoreErrors: { ...hidden, value: Boolean(ignoreErrors) },
      _times: { ...hidden, value: new Map() },
      [kCounts]: { ...hidden, value: new Map() },
      [kColorMode]: { ...hidden, value: colorMode },
      [kIsConsole]: { ...hidden, value: true },
      [kGroupIndent]: { ...hidden, value: '' },
      [kGroupIndentWidth]: { ...hidden, value: groupIndentation },
      [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
    });
  },

  [kWriteToConsole](useStdout, text) {
    const stream = useStdout ? this._stdout : this._stderr;
    const groupIndent = this[kGroupIndent];
    if (groupIndent.length !== 0) {
      if (text.includes('\n')) text = text.replace(/\n/g, `\n${groupIndent}`);
      text = groupIndent + text;
    }
    text += '\n';
    if (this._ignoreErrors === false) return stream.write(text);
    // Errors while writing are swallowed, synchronous ones through a temporary listener.
    try {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(text, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (error) {
      if (error instanceof RangeError && /call stack/i.test(error.message)) throw error;
    } finally {
      stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let colors = this[kColorMode];
    if (colors === 'auto') {
      colors = Boolean(stream.isTTY) &&
        (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
    }
    const options = inspectOptionsOf.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = colors;
      return options;
    }
    return colors ? colorInspectOptions : noColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },
};

for (const key of Reflect.ownKeys(internalMethods)) {
  Object.defineProperty(Console.prototype, key, { ...hidden, value: internalMethods[key] });
}
for (const key of Reflect.ownKeys(consoleMethods)) Console.prototype[key] = consoleMethods[key];
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// ---------------------------------------------------------------------------------------------
// The global console: Console's methods bound to a plain object, writing to process.stdout and
// process.stderr, plus the inspector's methods, which do nothing without an inspector.

const globalConsole = Object.create({});
for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const descriptor = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof descriptor.value === 'function') {
    descriptor.value = descriptor.value.bind(globalConsole);
    Reflect.defineProperty(descriptor.value, 'name', { value: key });
  }
  Reflect.defineProperty(globalConsole, key, descriptor);
}
globalConsole[kBindProperties](true, 'auto');
globalConsole[kBindStreamsLazy](process);
globalConsole.Console = Console;

const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  // eslint-disable-next-line no-unused-vars
  context(name) {
    const context = {};
    for (const key of ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
      'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed',
      'assert', 'time', 'timeEnd', 'timeStamp']) {
      context[key] = { [key]() {} }[key];
    }
    return context;
  },
  createTask() {
    return { run(fn) { return fn(); } };
  },
};
for (const key of Object.keys(inspectorMethods)) globalConsole[key] = inspectorMethods[key];

module.exports = { Console, globalConsole, formatDuration };
