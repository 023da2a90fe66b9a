'use strict';
// assert.AssertionError and the messages Node 20 writes into it: the `+ actual - expected` line
// diff for strictEqual and deepStrictEqual, one-line forms for short values, and the plainer
// texts of the other operators.

const { inspect, inspectDefaultOptions } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const headers = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Single-line values whose texts add up to at most this many characters print as `a !== b`.
const shortPairLength = 12;
// Past this many lines a value is cut, and a diff stops after printing about as many.
const manyLines = 50;
const keptLines = 46;

const inspectOptions = {
  compact: false,
  customInspect: false,
  depth: 1000,
  maxArrayLength: Infinity,
  showHidden: false,
  showProxy: false,
  sorted: true,
  getters: true,
};

function inspectValue(value) {
  return inspect(value, inspectOptions);
}

const ansiPattern = /\u001b\[\d\d?m/g;

function visibleText(text) {
  return inspectDefaultOptions.colors ? text.replace(ansiPattern, '') : text;
}

// Diff markers are colored only when stderr, where failures usually end up, is a color terminal.
function markerColors() {
  const stderr = typeof process === 'object' ? process.stderr : undefined;
  if (stderr?.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    return { plus: '\u001b[32m', minus: '\u001b[31m', dots: '\u001b[34m', reset: '\u001b[39m' };
  }
  return { plus: '', minus: '', dots: '', reset: '' };
}

function terminalColumns() {
  const stderr = typeof process === 'object' ? process.stderr : undefined;
  return stderr?.isTTY ? stderr.columns : 80;
}

const isObjectValue = (value) => typeof value === 'object' && value !== null;

// `lines` cut to its first lines and an ellipsis line when it is too long to show in full.
function limitLines(lines, dots) {
  if (lines.length <= manyLines) return lines;
  return [...lines.slice(0, keptLines), dots];
}

// Errors are shown through a stand-in without a stack, which prints as `[Error: message]`.
function withoutStack(error) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error)), error);
  Object.defineProperty(copy, 'message', { value: error.message });
  return copy;
}

function diffMessage(actual, expected, operator, header) {
  const color = markerColors();
  const dots = `${color.dots}...${color.reset}`;
  const actualText = inspectValue(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((isObjectValue(actual) && isObjectValue(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  header ||= headers[operator];

  // Two values on one line each: short ones read `a !== b`, longer ones get a caret under the
  // first differing character.
  let caret = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const actualVisible = visibleText(actualLines[0]);
    const expectedVisible = visibleText(expectedLines[0]);
    const width = actualVisible.length + expectedVisible.length;
    if (width <= shortPairLength) {
      const primitives = (typeof actual !== 'object' || actual === null) &&
        (typeof expected !== 'object' || expected === null);
      if (primitives && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject' && width < terminalColumns()) {
      let column = 0;
      while (actualVisible[column] === expectedVisible[column]) column++;
      if (column > 2) caret = `\n  ${' '.repeat(column)}^`;
    }
  }

  // The lines both values end with are set aside: the last three are shown, the one before them
  // too, and an ellipsis between when more were dropped.
  let commonTail = 0;
  const tailShown = [];
  let tailLead = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (commonTail < 3) tailShown.unshift(line);
    else tailLead = line;
    commonTail++;
  }

  if (actualLines.length === 0 && expectedLines.length === 0) {
    return `${headers.notIdentical}\n\n${limitLines(actualText.split('\n'), dots).join('\n')}\n`;
  }

  let skipped = false;
  let tail = tailShown.map((line) => `\n  ${line}`).join('');
  if (commonTail >= 5) {
    tail = `\n${dots}${tail}`;
    skipped = true;
  }
  if (tailLead !== '') tail = `\n  ${tailLead}${tail}`;

  const title = `${header}\n${color.plus}+ actual${color.reset} ${color.minus}- expected${color.reset}`;
  const skippedNote = ` ${dots} Lines skipped`;
  const plus = `${color.plus}+${color.reset}`;
  const minus = `${color.minus}-${color.reset}`;

  // Changed lines come out as a block of `+` lines followed by the `-` lines they replace; runs
  // of unchanged lines keep their first two and last two lines around an ellipsis.
  const lineCount = Math.max(actualLines.length, expectedLines.length);
  const pairedCount = Math.min(actualLines.length, expectedLines.length);
  const actualIsLonger = actualLines.length >= expectedLines.length;
  const longerLines = actualIsLonger ? actualLines : expectedLines;
  let shown = '';
  let removed = '';
  let printed = 0;
  let unchangedRun = 0;

  const closeUnchangedRun = (lines, index) => {
    if (unchangedRun > 2) {
      if (unchangedRun === 5) {
        shown += `\n  ${lines[index - 3]}`;
        printed++;
      } else if (unchangedRun > 5) {
        shown += `\n${dots}`;
        skipped = true;
      }
      if (unchangedRun >= 4) {
        shown += `\n  ${lines[index - 2]}`;
        printed++;
      }
      shown += `\n  ${lines[index - 1]}`;
      printed++;
    }
    unchangedRun = 0;
  };

  for (let index = 0; index < lineCount; index++) {
    if (index >= pairedCount) {
      closeUnchangedRun(longerLines, index);
      if (actualIsLonger) shown += `\n${plus} ${actualLines[index]}`;
      else removed += `\n${minus} ${expectedLines[index]}`;
      printed++;
    } else {
      let actualLine = actualLines[index];
      const expectedLine = expectedLines[index];
      // A line that differs from its counterpart only by a trailing comma counts as unchanged.
      let changed = actualLine !== expectedLine &&
        !(actualLine.endsWith(',') && actualLine.slice(0, -1) === expectedLine);
      if (changed && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        changed = false;
        actualLine += ',';
      }
      if (changed) {
        closeUnchangedRun(actualLines, index);
        shown += `\n${plus} ${actualLine}`;
        removed += `\n${minus} ${expectedLine}`;
        printed += 2;
      } else {
        shown += removed;
        removed = '';
        unchangedRun++;
        if (unchangedRun <= 2) {
          shown += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > manyLines && index < lineCount - 2) {
      return `${title}${skippedNote}\n${shown}\n${dots}${removed}\n${dots}`;
    }
  }
  return `${title}${skipped ? skippedNote : ''}\n${shown}${removed}${tail}${caret}`;
}

function notEqualMessage(actual, operator) {
  let header = headers[operator];
  if (operator === 'notStrictEqual' && (isObjectValue(actual) || typeof actual === 'function')) {
    header = headers.notStrictEqualObject;
  }
  const color = markerColors();
  const lines = limitLines(inspectValue(actual).split('\n'), `${color.dots}...${color.reset}`);
  if (lines.length === 1) return `${header}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${header}\n\n${lines.join('\n')}\n`;
}

function cut(text, length) {
  return text.length > length ? `${text.slice(0, length - 3)}...` : text;
}

function comparisonMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    return cut(`${headers.notDeepEqual}\n\n${actualText}`, 1024);
  }
  const shownActual = cut(actualText, 512);
  const shownExpected = cut(expectedText, 512);
  if (operator === 'deepEqual') {
    return `${headers.deepEqual}\n\n${shownActual}\n\nshould loosely deep-equal\n\n${shownExpected}`;
  }
  if (operator === 'notDeepEqual') {
    return `${headers.notDeepEqualUnequal}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n${shownExpected}`;
  }
  return `${shownActual} ${operator} ${shownExpected}`;
}

// The message, and the actual and expected values the error keeps: for a generated message, two
// errors are replaced by stand-ins without a stack.
function describeFailure(message, actual, expected, operator) {
  // strictEqual and deepStrictEqual always show their diff, a message taking the header's place.
  const diffed = operator === 'strictEqual' || operator === 'deepStrictEqual';
  if (message != null) {
    const text = diffed ? diffMessage(actual, expected, operator, message ? String(message) : '') : String(message);
    return { text, actual, expected };
  }
  if (actual instanceof Error && expected instanceof Error && 'stack' in actual && 'stack' in expected) {
    actual = withoutStack(actual);
    expected = withoutStack(expected);
  }
  let text;
  if (diffed) text = diffMessage(actual, expected, operator, '');
  else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') text = notEqualMessage(actual, operator);
  else text = comparisonMessage(actual, expected, operator);
  return { text, actual, expected };
}

// Frames of the assert machinery itself, which Node leaves out of an assertion's stack.
const internalFramePattern = /\((?:node:assert|node:internal\/assert\/|node:internal\/util\/comparisons)[^)]*\)$|at (?:node:assert|node:internal\/assert\/)/;

// The stack starts below `startFunction`: below the assert function that failed, or below a
// user's own stackStartFn (no frames at all when it is not on the stack). Without one, it starts
// at the constructor, as Node's does.
function trimStack(error, header, startFunction) {
  const stack = error.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  let firstFrame = lines.findIndex((line) => line.startsWith('    at '));
  if (firstFrame === -1) firstFrame = lines.length;
  // The first lines are "Name [CODE]: message", the message spanning as many lines as it has.
  const headLines = (error.message ? `${header}: ${error.message}` : header).split('\n');
  lines.splice(0, firstFrame, ...headLines);
  firstFrame = headLines.length;
  let drop = 0;
  if (typeof startFunction === 'function' && isAssertFunction(startFunction)) {
    while (firstFrame + drop < lines.length && internalFramePattern.test(lines[firstFrame + drop])) drop++;
  } else if (typeof startFunction === 'function') {
    const name = startFunction.name;
    const own = name ? lines.findIndex((line, i) => i >= firstFrame && frameFunctionName(line) === name) : -1;
    drop = own === -1 ? lines.length - firstFrame : own - firstFrame + 1;
  }
  lines.splice(firstFrame, drop);
  Object.defineProperty(error, 'stack', { value: lines.join('\n'), enumerable: false, writable: true, configurable: true });
}

function frameFunctionName(line) {
  const match = /^ {4}at (?:new )?(?:[^ (]*\.)?([^ .(]+)(?: \[as [^\]]+\])? \(/.exec(line);
  return match ? match[1] : undefined;
}

const assertFunctions = new WeakSet();

function isAssertFunction(fn) {
  return assertFunctions.has(fn);
}

// Strings are shortened when an AssertionError is inspected: to ten lines, or, past 512
// characters, to what follows the 512th (Node's own cut).
function shortenForInspect(value) {
  if (typeof value !== 'string') return value;
  const lines = value.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (value.length > 512) return `${value.slice(512)}...`;
  return value;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    const { text, actual, expected } = describeFailure(message, options.actual, options.expected, operator);
    super(text);

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    trimStack(this, 'AssertionError [ERR_ASSERTION]', stackStartFn);
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](depth, options) {
    const { actual, expected } = this;
    this.actual = shortenForInspect(actual);
    this.expected = shortenForInspect(expected);
    try {
      return inspect(this, { ...options, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = { AssertionError, markAssertFunction: (fn) => assertFunctions.add(fn) };
