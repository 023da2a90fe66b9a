'use strict';
// assert.CallTracker (deprecated in Node 20): wraps functions to count their calls, then checks
// the counts against what was expected.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

// Tracked when no function is given; nameless, as Node's is.
const noop = [() => {}][0];

class CallTracker {
  #tracked = new WeakMap();
  #contexts = new Set();

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#contexts) context.calls = [];
      return;
    }
    this.#contextOf(fn).calls = [];
  }

  getCalls(fn) {
    return this.#contextOf(fn).calls.slice();
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const context = { expected, calls: [], name: fn.name || 'calls', stack: new Error() };
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.calls.push(Object.freeze({ thisArg, arguments: args }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#tracked.set(tracked, context);
    this.#contexts.add(context);
    return tracked;
  }

  report() {
    const failures = [];
    for (const context of this.#contexts) {
      const actual = context.calls.length;
      if (actual !== context.expected) {
        failures.push({
          message: `Expected the ${context.name} function to be executed ${context.expected} time(s) but ` +
            `was executed ${actual} time(s).`,
          actual,
          expected: context.expected,
          operator: context.name,
          stack: context.stack,
        });
      }
    }
    return failures;
  }

  verify() {
    const failures = this.report();
    if (failures.length === 0) return;
    const message = failures.length === 1 ? failures[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: failures });
  }

  #contextOf(fn) {
    const context = this.#tracked.get(fn);
    if (context === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    return context;
  }
}

module.exports = CallTracker;
