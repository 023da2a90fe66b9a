'use strict';
// The AssertionError class: properties, toString, inspection, option checks.
const assert = require('assert');
const { inspect } = require('util');
const { AssertionError } = assert;

const error = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(error instanceof Error, error instanceof AssertionError, error.name, error.code);
console.log(JSON.stringify(error.message), error.generatedMessage);
console.log(Object.keys(error));
console.log(String(error));
console.log(error.stack.split('\n')[0]);
console.log(Object.getOwnPropertyDescriptor(error, 'name'));
console.log(AssertionError.name, AssertionError.length, Object.getPrototypeOf(AssertionError) === Error);
console.log(Object.getOwnPropertyNames(AssertionError.prototype));

for (const operator of ['strictEqual', 'deepStrictEqual', 'notStrictEqual', 'equal', 'deepEqual', 'fail', undefined]) {
  console.log(operator, JSON.stringify(new AssertionError({ message: 'm', actual: 'q', expected: 'b', operator }).message));
}
console.log(JSON.stringify(new AssertionError({}).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2 }).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2, operator: '<' }).message));
console.log(JSON.stringify(new AssertionError({ message: '', actual: 1, expected: 2, operator: 'strictEqual' }).message));
console.log(JSON.stringify(new AssertionError({ message: { a: 1 }, actual: 1, expected: 2, operator: 'strictEqual' }).message));

for (const bad of [undefined, 'str', 5]) {
  try {
    new AssertionError(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const withStack = (options) => {
  const e = new AssertionError(options);
  e.stack = 'STACK';
  return e;
};
console.log(inspect(withStack({ message: 'm', actual: 'a'.repeat(200), expected: 'b', operator: 'strictEqual' })));
console.log(inspect(withStack({ message: 'm', actual: 'a\n'.repeat(20), expected: 'b', operator: 'strictEqual' })));
console.log(inspect(withStack({ message: 'm', actual: 'x'.repeat(510) + 'abcdefghij', expected: { a: { b: 1 } }, operator: 'x' })));
console.log(inspect({ wrap: withStack({ message: 'm', actual: [1, [2]], expected: 'b', operator: 'strictEqual' }) }));
const extra = withStack({ message: 'm', actual: 'q', expected: 'b', operator: 'strictEqual' });
extra.more = { deep: { deeper: 1 } };
console.log(inspect(extra));

const details = new AssertionError({ actual: 1, expected: 2, operator: '<', details: [{ message: 'dm', actual: 3, expected: 4, operator: 'op', stack: 's' }] });
console.log(JSON.stringify(details.message), details.actual, details.operator, details['message 0'], details['actual 0'], Object.keys(details));
