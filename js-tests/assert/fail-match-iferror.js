'use strict';
// assert.fail, assert.match / doesNotMatch and assert.ifError.
const assert = require('assert');

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passes');
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(error.message));
    const actual = error.actual instanceof Error ? `${error.actual.name}(${error.actual.message})` : error.actual;
    console.log('  actual:', actual, 'expected:', error.expected, 'operator:', error.operator,
      'generated:', error.generatedMessage);
  }
}

show('fail()', () => assert.fail());
show('fail(message)', () => assert.fail('boom'));
show('fail(null)', () => assert.fail(null));
show('fail(empty)', () => assert.fail(''));
show('fail(error)', () => assert.fail(new TypeError('te')));
show('fail(a, b)', () => assert.fail(1, 2));
show('fail(a, b, undefined, op)', () => assert.fail(1, 2, undefined, '>'));
show('fail(a, b, message)', () => assert.fail(1, 2, 'mmm'));
show('fail(a, b, message, op)', () => assert.fail('a', 'b', 'c', 'd'));
show('match', () => assert.match('abc', /b/));
show('match fails', () => assert.match('abc', /x/));
show('match message', () => assert.match('abc', /x/, 'msg'));
show('match empty message', () => assert.match('a', /b/, ''));
show('match error message', () => assert.match('a', /b/, new RangeError('r')));
show('match number', () => assert.match(123, /x/));
show('match not regexp', () => assert.match('abc', 'x'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch object', () => assert.doesNotMatch({ a: 1 }, /b/));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('ifError string', () => assert.ifError('x'));
show('ifError 0', () => assert.ifError(0));
show('ifError false', () => assert.ifError(false));
show('ifError object', () => assert.ifError({ message: 'z' }));
show('ifError empty message', () => assert.ifError(new TypeError('')));
try {
  assert.ifError(new Error('boom'));
} catch (error) {
  console.log(error.message, error.actual.message, error.expected, error.operator);
  console.log(error.stack.split('\n')[0]);
}
