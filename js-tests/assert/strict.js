'use strict';
// assert.strict and the assert/strict module; the shape of the assert module.
const assert = require('assert');
const strict = require('assert/strict');
const strictPrefixed = require('node:assert/strict');

console.log(strict === assert.strict, strictPrefixed === strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
  strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.AssertionError === assert.AssertionError, assert.ok === assert, require('node:assert') === assert);
console.log(Object.keys(assert));
console.log(Object.keys(strict));
for (const key of Object.keys(assert)) {
  console.log(key, typeof assert[key], assert[key].name, assert[key].length);
}
console.log(assert.name, assert.length, strict.name, strict.length);

try {
  strict.equal(1, '1');
} catch (error) {
  console.log(JSON.stringify(error.message), error.operator);
}
try {
  strict.deepEqual([1], ['1']);
} catch (error) {
  console.log(JSON.stringify(error.message), error.operator);
}
try {
  strict(0);
} catch (error) {
  console.log(JSON.stringify(error.message), error.operator);
}
