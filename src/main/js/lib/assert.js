'use strict';
// The `assert` module: assert itself is assert.ok; assert.strict has the strict comparisons
// under the loose names too. Failures throw AssertionError with Node 20's messages.

const { AssertionError, markAssertFunction } = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/utils');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { inspect, isError, types: { isRegExp, isPromise } } = require('internal/util/inspect');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

// What getActual / waitForActual report when nothing was thrown or rejected.
const nothingThrown = Object.freeze({});

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

let failDeprecationWarned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argumentCount = arguments.length;
  let internalMessage = false;
  if (actual == null && argumentCount <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argumentCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failDeprecationWarned) {
      failDeprecationWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    }
    if (argumentCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const error = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) error.generatedMessage = true;
  throw error;
}

function requireBoth(count) {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

const bothNaN = (a, b) => Number.isNaN(a) && Number.isNaN(b);

function equal(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && !bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireBoth(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || bothNaN(actual, expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  requireBoth(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

// ---------------------------------------------------------------------------------------------
// throws, rejects and their negations

// The properties of a validation object (or of the thrown error) that take part in the
// comparison, shown under the name Comparison in the diff.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      // A regular expression the actual string matches shows as that string: only the keys
      // that really differ stand out in the diff.
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(source[key]) &&
          RegExp.prototype.exec.call(source[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = source[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const error = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    error.actual = actual;
    error.expected = expected;
    error.operator = fn.name;
    throw error;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function validateWithObject(actual, expected, message, fn) {
  if (typeof actual !== 'object' || actual === null) {
    const error = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
    error.operator = fn.name;
    throw error;
  }
  const keys = Object.keys(expected);
  // An error as the validator also compares its (non-enumerable) name and message.
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  for (const key of keys) {
    if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
        RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
      continue;
    }
    compareExceptionKey(actual, expected, key, message, keys, fn);
  }
}

function describeWrongClass(actual, expected) {
  let text = `The error is expected to be an instance of "${expected.name}". Received `;
  if (!isError(actual)) return `${text}"${inspect(actual, { depth: -1 })}"`;
  const name = actual.constructor?.name || actual.name;
  text += expected.name === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
  if (actual.message) text += `\n\nError message:\n\n${actual.message}`;
  return text;
}

// Checks the thrown value against the validator: a RegExp, an object of expected properties,
// an error class, or a function returning true.
function expectedException(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (!isRegExp(expected)) {
      validateWithObject(actual, expected, message, fn);
      return;
    }
    const text = String(actual);
    if (RegExp.prototype.exec.call(expected, text) !== null) return;
    if (!message) {
      generated = true;
      message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generated = true;
      message = describeWrongClass(actual, expected);
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const error = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generated;
  throw error;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return nothingThrown;
}

function isPromiseLike(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return nothingThrown;
}

const validatorTypes = ['Object', 'Error', 'Function', 'RegExp'];

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) throw new ERR_INVALID_ARG_TYPE('error', validatorTypes, error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', validatorTypes, error);
  }

  if (actual === nothingThrown) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const what = stackStartFn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${what}${details}`,
      stackStartFn,
    });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

function matchesValidator(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === nothingThrown) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesValidator(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = stackStartFn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${what}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

// ---------------------------------------------------------------------------------------------
// ifError, match, doesNotMatch

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const error = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // The new stack continues with the frames of the error's own stack, without repeating those
  // both have in common.
  const originalStack = err.stack;
  if (typeof originalStack === 'string') {
    const framesStart = originalStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = originalStack.slice(framesStart + 1).split('\n');
      let ownFrames = (error.stack || '').split('\n');
      for (const frame of originalFrames) {
        const shared = ownFrames.indexOf(frame);
        if (shared !== -1) {
          ownFrames = ownFrames.slice(0, shared);
          break;
        }
      }
      error.stack = `${ownFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw error;
}

function checkMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
    } else {
      message = `${wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const error = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

function match(string, regexp, message) {
  checkMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, doesNotMatch);
}

// ---------------------------------------------------------------------------------------------

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.CallTracker = require('util').deprecate(require('internal/assert/calltracker'),
  'assert.CallTracker is deprecated.', 'DEP0173');

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

for (const fn of [ok, strict, fail, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match, doesNotMatch]) {
  markAssertFunction(fn);
}
