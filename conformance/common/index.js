'use strict';
// datagraal's stand-in for the `test/common` module of Node's test suite, written for datagraal.
//
// The conformance runner (../run-node-dgram-tests.sh) places this folder next to Node's test files
// so that their `require('../common')` loads it. It offers the helpers the dgram tests use, with
// the behaviour documented in Node's test/common/README.md:
//   mustCall, mustCallAtLeast, mustNotCall, mustSucceed, expectsError, expectWarning, skip,
//   printSkipMessage, platformTimeout, getArrayBufferViews, invalidArgTypeHelper, PORT,
//   localhostIPv4, hasIPv6, inFreeBSDJail and the platform flags (isWindows, isLinux, ...).
//
// The call-count promises of mustCall & co. are checked when the process exits: a wrong count
// prints what was expected and where the callback was made, and the exit status becomes 1, so a
// runtime that never fires an event fails the test.
//
// Built-in modules (assert, util, os) are loaded only when a helper needs them, so that a runtime
// lacking one of them fails only the tests that reach for it.

const kSkipPrefix = '1..0 # Skipped: ';

function lazy(name) {
  let loaded;
  return () => {
    if (loaded === undefined) loaded = require(name);
    return loaded;
  };
}
const lazyAssert = lazy('assert');
const lazyUtil = lazy('util');
const lazyOs = lazy('os');

const platform = process.platform;

function envFlag(name) { // '1'/'true' -> true, '0'/'false' -> false, unset -> undefined
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  return v === '1' || v.toLowerCase() === 'true';
}

// ---------------------------------------------------------------------------------------------
// Call-count expectations, checked at exit.

const pendingChecks = [];
let exitHookInstalled = false;

function whereCreated() {
  // The caller's frames from a fresh stack, without the "Error" line and this file's frames.
  const lines = String(new Error().stack || '').split('\n');
  return lines.filter((l) => /^\s+at /.test(l) && !l.includes(__filename)).join('\n');
}

function checkCallsAtExit(code) {
  // A test that already fails (or exits non-zero on purpose) is not judged on its callbacks.
  if (code !== 0 && code !== undefined) return;
  if (process.exitCode !== undefined && process.exitCode !== 0) return;
  const wrong = pendingChecks.filter((c) => (c.atLeast ? c.calls < c.expected
                                                      : c.calls !== c.expected));
  if (wrong.length === 0) return;
  for (const c of wrong) {
    const want = c.atLeast ? `at least ${c.expected}` : `exactly ${c.expected}`;
    process.stderr.write(
      `Mismatched ${c.name} function calls. Expected ${want}, actual ${c.calls}.\n${c.where}\n`);
  }
  process.exitCode = 1;
  process.exit(1);
}

function addCheck(name, expected, atLeast) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', checkCallsAtExit);
  }
  const check = { name, expected, atLeast, calls: 0, where: whereCreated() };
  pendingChecks.push(check);
  return check;
}

function expectCalls(fn, expected, atLeast) {
  if (typeof fn === 'number') {
    expected = fn;
    fn = undefined;
  }
  if (fn === undefined) fn = function noop() {};
  if (typeof fn !== 'function') throw new TypeError(`expected a function, got ${typeof fn}`);
  if (expected === undefined) expected = 1;
  if (typeof expected !== 'number' || !(expected >= 0)) {
    throw new TypeError(`invalid call count: ${String(expected)}`);
  }
  const check = addCheck(fn.name || '<anonymous>', expected, atLeast);
  const counted = function(...args) {
    check.calls++;
    return fn.apply(this, args);
  };
  // Keep the wrapped function's arity, which some APIs inspect.
  Object.defineProperty(counted, 'length', { value: fn.length, configurable: true });
  return counted;
}

function mustCall(fn, exact) {
  return expectCalls(fn, exact, false);
}

function mustCallAtLeast(fn, minimum) {
  return expectCalls(fn, minimum, true);
}

function assertionError(message) {
  let AssertionError;
  try {
    AssertionError = lazyAssert().AssertionError;
  } catch {
    // No assert module: still fail loudly.
  }
  if (typeof AssertionError === 'function') return new AssertionError({ message });
  const err = new Error(message);
  err.name = 'AssertionError';
  err.code = 'ERR_ASSERTION';
  return err;
}

function describe(value) {
  try {
    return lazyUtil().inspect(value);
  } catch {
    return String(value);
  }
}

function mustNotCall(msg) {
  const where = whereCreated().split('\n')[0].trim().replace(/^at /, '');
  return function mustNotCallee(...args) {
    let message = `${msg || 'function should not have been called'} at ${where}`;
    if (args.length > 0) message += `\ncalled with arguments: ${args.map(describe).join(', ')}`;
    throw assertionError(message);
  };
}

function mustSucceed(fn, exact) {
  const succeeded = function(err, ...args) {
    if (err !== undefined && err !== null) {
      let assert;
      try {
        assert = lazyAssert();
      } catch {
        throw err;
      }
      assert.ifError(err);
    }
    if (typeof fn === 'function') return fn.apply(this, args);
  };
  Object.defineProperty(succeeded, 'name', { value: (fn && fn.name) || 'mustSucceed' });
  return expectCalls(succeeded, exact, false);
}

function expectsError(validator, exact) {
  const validate = function expectsErrorCallback(actual) {
    lazyAssert().throws(() => { throw actual; }, validator);
    return true;
  };
  return expectCalls(validate, exact, false);
}

// expectWarning('Name', 'message' | [[message, code], ...], code)
// expectWarning({ Name: 'message' | [message, code] | [[message, code], ...], ... })
// Each call adds to the warnings this process must emit, in order per name, and no others.
const expectedWarnings = new Map(); // name -> [[message, code], ...]
let warningCheck;

function onWarning(warning) {
  warningCheck.calls++;
  const list = expectedWarnings.get(warning.name);
  if (!list || list.length === 0) {
    throw assertionError(`unexpected ${warning.name}: ${warning.message}`);
  }
  const [message, wantCode] = list.shift();
  const okMessage = message instanceof RegExp ? message.test(warning.message)
                                               : message === warning.message;
  if (!okMessage) {
    throw assertionError(
      `${warning.name} message ${describe(warning.message)} should be ${describe(message)}`);
  }
  if (wantCode !== undefined && warning.code !== wantCode) {
    throw assertionError(
      `${warning.name} code ${describe(warning.code)} should be ${describe(wantCode)}`);
  }
}

function expectWarning(nameOrMap, expected, code) {
  const add = (name, spec, specCode) => {
    if (!expectedWarnings.has(name)) expectedWarnings.set(name, []);
    const list = expectedWarnings.get(name);
    let added = 0;
    if (typeof spec === 'string' || spec instanceof RegExp) {
      list.push([spec, specCode]);
      added = 1;
    } else if (Array.isArray(spec) && spec.length > 0 && !Array.isArray(spec[0])) {
      list.push([spec[0], spec[1]]); // [message, code]
      added = 1;
    } else if (Array.isArray(spec)) {
      for (const [message, entryCode] of spec) list.push([message, entryCode]);
      added = spec.length;
    } else {
      throw new TypeError(`expectWarning: cannot read the expected warnings for ${name}`);
    }
    return added;
  };
  let count = 0;
  if (typeof nameOrMap === 'string') count += add(nameOrMap, expected, code);
  else for (const name of Object.keys(nameOrMap)) count += add(name, nameOrMap[name]);

  if (warningCheck === undefined) {
    warningCheck = addCheck('expectWarning', 0, false);
    process.on('warning', onWarning);
  }
  warningCheck.expected += count;
}

// ---------------------------------------------------------------------------------------------
// Skipping.

function printSkipMessage(msg) {
  console.log(`${kSkipPrefix}${msg}`);
}

function skip(msg) {
  printSkipMessage(msg);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Values.

function platformTimeout(ms) {
  // Slow set-ups (a debug build, or CONFORMANCE_TIMEOUT_FACTOR for a slow runtime) get more time.
  let factor = Number(process.env.CONFORMANCE_TIMEOUT_FACTOR) || 1;
  if (process.features && process.features.debug) factor *= 2;
  if (typeof ms === 'bigint') return ms * BigInt(Math.ceil(factor));
  return Math.ceil(ms * factor);
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                 Uint32Array];
  if (typeof globalThis.Float16Array === 'function') kinds.push(globalThis.Float16Array);
  kinds.push(Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView);
  const views = [];
  for (const Kind of kinds) {
    const size = Kind.BYTES_PER_ELEMENT || 1; // DataView has no element size: bytes
    if (byteLength % size !== 0) continue;
    views.push(new Kind(buffer, byteOffset, byteLength / size));
  }
  return views;
}

// The " Received ..." tail of ERR_INVALID_ARG_TYPE messages for a given value.
function invalidArgTypeHelper(input) {
  if (input === null || input === undefined) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${lazyUtil().inspect(input, { depth: -1 })}`;
  }
  let shown = lazyUtil().inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

function computeHasIPv6() {
  // The runner can say it (CONFORMANCE_HAS_IPV6) so that the answer does not need `os`.
  const told = envFlag('CONFORMANCE_HAS_IPV6');
  if (told !== undefined) return told;
  // Otherwise: does a loopback interface carry an IPv6 address?
  const interfaces = lazyOs().networkInterfaces();
  const loopbackName = platform === 'win32' ? /Loopback Pseudo-Interface/ : /lo/;
  return Object.keys(interfaces).some((name) => loopbackName.test(name) &&
    interfaces[name].some((a) => a.family === 'IPv6' || a.family === 6));
}

function computeInFreeBSDJail() {
  if (platform !== 'freebsd') return false;
  const told = envFlag('CONFORMANCE_IN_FREEBSD_JAIL');
  if (told !== undefined) return told;
  const out = require('child_process').execSync('sysctl -n security.jail.jailed').toString();
  return out.trim() === '1';
}

const common = {
  isWindows: platform === 'win32',
  isLinux: platform === 'linux',
  isSunOS: platform === 'sunos',
  isFreeBSD: platform === 'freebsd',
  isOpenBSD: platform === 'openbsd',
  isOSX: platform === 'darwin',
  isMacOS: platform === 'darwin',
  isAIX: platform === 'aix',
  isIBMi: platform === 'os400',
  PORT: Number(process.env.NODE_COMMON_PORT) || 12346,
  localhostIPv4: process.env.LOCALHOST || '127.0.0.1',
  localIPv6Hosts: ['localhost', 'ip6-localhost', 'ip6-loopback', 'ipv6-localhost', 'ipv6-loopback'],

  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  expectWarning,
  skip,
  printSkipMessage,
  platformTimeout,
  getArrayBufferViews,
  invalidArgTypeHelper,
};

function cachedGetter(name, compute) {
  let value;
  let known = false;
  Object.defineProperty(common, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (!known) {
        value = compute();
        known = true;
      }
      return value;
    },
  });
}
cachedGetter('hasIPv6', computeHasIPv6);
cachedGetter('inFreeBSDJail', computeInFreeBSDJail);

// A test reaching for a helper this stand-in lacks fails with a message that says so, rather than
// with "undefined is not a function" somewhere later.
const passThrough = new Set(['then', '__esModule', 'default', 'toJSON', 'constructor', 'inspect']);
module.exports = new Proxy(common, {
  get(target, key, receiver) {
    if (typeof key === 'string' && !(key in target) && !passThrough.has(key)) {
      throw new Error(`common.${key} is not provided by datagraal's conformance/common`);
    }
    return Reflect.get(target, key, receiver);
  },
});
