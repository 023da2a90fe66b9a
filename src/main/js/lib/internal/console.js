'use strict';
// The global console: util.format'ed lines to process.stdout (log, info, debug) and
// process.stderr (warn, error, trace).

const { formatWithOptions, inspect } = require('internal/util/inspect');

const counts = new Map();
const timers = new Map();
let groupIndent = '';

function writeLine(stream, args) {
  let text = formatWithOptions({}, ...args);
  if (groupIndent) text = groupIndent + text.replaceAll('\n', `\n${groupIndent}`);
  stream.write(`${text}\n`);
}

const globalConsole = {
  log(...args) { writeLine(process.stdout, args); },
  info(...args) { writeLine(process.stdout, args); },
  debug(...args) { writeLine(process.stdout, args); },
  warn(...args) { writeLine(process.stderr, args); },
  error(...args) { writeLine(process.stderr, args); },
  dir(object, options) { writeLine(process.stdout, [inspect(object, { customInspect: false, ...options })]); },
  trace(...args) {
    const error = { name: 'Trace', message: formatWithOptions({}, ...args) };
    Error.captureStackTrace?.(error, globalConsole.trace);
    const stack = typeof error.stack === 'string' ? error.stack : `Trace: ${error.message}`;
    writeLine(process.stderr, [stack]);
  },
  assert(condition, ...args) {
    if (!condition) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      writeLine(process.stderr, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    writeLine(process.stdout, [`${label}: ${count}`]);
  },
  countReset(label = 'default') { counts.delete(`${label}`); },
  time(label = 'default') { timers.set(`${label}`, process.hrtime()); },
  timeEnd(label = 'default') {
    label = `${label}`;
    const start = timers.get(label);
    if (start === undefined) return;
    timers.delete(label);
    const [seconds, nanos] = process.hrtime(start);
    writeLine(process.stdout, [`${label}: ${(seconds * 1e3 + nanos / 1e6).toFixed(3)}ms`]);
  },
  group(...labels) {
    if (labels.length > 0) writeLine(process.stdout, labels);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(0, -2); },
};

module.exports = { globalConsole };
