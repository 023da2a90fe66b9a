'use strict';
// assert.throws / assert.doesNotThrow with every kind of validator.
const assert = require('assert');

function describe(value) {
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  if (typeof value === 'function') return `function ${value.name}`;
  return value;
}

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passes');
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(error.message));
    if (error.code === 'ERR_ASSERTION') {
      console.log('  actual:', describe(error.actual), 'expected:', describe(error.expected),
        'operator:', error.operator, 'generated:', error.generatedMessage);
    }
  }
}

const thrower = (value) => () => { throw value; };
class MyError extends Error {}
const SameName = class Error extends globalThis.Error {};

show('no exception', () => assert.throws(() => {}));
show('no exception, message', () => assert.throws(() => {}, 'custom msg'));
show('no exception, class', () => assert.throws(() => {}, TypeError));
show('no exception, class and message', () => assert.throws(() => {}, TypeError, 'mmm'));
show('no exception, regexp', () => assert.throws(() => {}, /abc/));
show('no exception, object', () => assert.throws(() => {}, { message: 'x' }));
show('no exception, named validator', () => assert.throws(() => {}, function validate() { return true; }));
show('no exception, empty message', () => assert.throws(() => {}, ''));
show('class matches', () => assert.throws(thrower(new TypeError('t')), TypeError));
show('base class matches', () => assert.throws(thrower(new TypeError('t')), Error));
show('class mismatch', () => assert.throws(thrower(new Error('foo')), TypeError));
show('class mismatch, no message', () => assert.throws(thrower(new Error('')), TypeError));
show('class mismatch, subclass', () => assert.throws(thrower(new Error('x')), MyError));
show('class mismatch, same name', () => assert.throws(thrower(new Error('x')), SameName));
show('class mismatch, object', () => assert.throws(thrower({ a: 1 }), TypeError));
show('class mismatch, array', () => assert.throws(thrower([1, [2]]), TypeError));
show('class mismatch, string', () => assert.throws(thrower('s'), TypeError));
show('class mismatch, custom', () => assert.throws(thrower(new Error('foo')), RangeError, 'my msg'));
show('regexp matches', () => assert.throws(thrower(new Error('foo')), /foo/));
show('regexp mismatch', () => assert.throws(thrower(new Error('foo')), /bar/));
show('regexp on string', () => assert.throws(thrower('a string'), /bar/));
show('regexp custom', () => assert.throws(thrower(new Error('foo')), /bar/, 'custom'));
show('object matches', () => assert.throws(thrower(new Error('foo')), { message: 'foo', name: 'Error' }));
show('object mismatch', () => assert.throws(thrower(new Error('foo')), { message: 'bar' }));
show('object regexp prop', () => assert.throws(thrower(new Error('foo')), { message: /fo/, name: 'TypeError' }));
show('object regexp mismatch', () => assert.throws(thrower(new Error('foo')), { message: /zz/, name: 'TypeError' }));
show('object missing key', () => assert.throws(thrower(new Error('foo')), { message: 'foo', code: 'X' }));
show('object extra keys', () => assert.throws(thrower(Object.assign(new Error('foo'), { code: 'E1', errno: 5 })),
  { code: 'E2', errno: 5, message: 'foo' }));
show('object nested', () => assert.throws(thrower({ a: { b: 1 } }), { a: { b: 2 } }));
show('object custom', () => assert.throws(thrower(new Error('foo')), { message: 'bar' }, 'custom'));
show('object on null', () => assert.throws(thrower(null), { message: 'x' }));
show('object on number', () => assert.throws(thrower(1), { message: 'x' }));
show('object symbols ignored', () => assert.throws(thrower(new Error('x')), { message: 'x', [Symbol('s')]: 1 }));
show('error instance', () => assert.throws(thrower(new Error('foo')), new Error('foo')));
show('error instance mismatch', () => assert.throws(thrower(new Error('foo')), new TypeError('foo')));
show('error instance with code', () => {
  const expected = new Error('x');
  expected.code = 'C';
  assert.throws(thrower(new Error('x')), expected);
});
show('validation true', () => assert.throws(thrower(new Error('foo')), (e) => e.message === 'foo'));
show('validation false', () => assert.throws(thrower(new Error('foo')), (e) => false));
show('validation named', () => assert.throws(thrower(new Error('foo')), function check() { return 1; }));
show('validation undefined', () => assert.throws(thrower({}), () => undefined));
show('validation custom', () => assert.throws(thrower(new Error('foo')), () => false, 'custom'));
show('validation throws', () => assert.throws(thrower(new Error('foo')), () => { throw new Error('inner'); }));
show('ambiguous message', () => assert.throws(thrower(new Error('foo')), 'foo'));
show('ambiguous string', () => assert.throws(thrower('foo'), 'foo'));
show('string message ignored', () => assert.throws(thrower(new Error('foo')), 'other'));
show('two strings', () => assert.throws(thrower(new Error('foo')), 'a', 'b'));
show('number validator', () => assert.throws(thrower(new Error('foo')), 123));
show('empty object', () => assert.throws(thrower(new Error('foo')), {}));
show('not a function', () => assert.throws('notfn'));
show('nothing', () => assert.throws());
show('class without new', () => assert.throws(thrower(new Error('foo')), class Foo {}));
show('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
show('doesNotThrow', () => assert.doesNotThrow(thrower(new Error('foo'))));
show('doesNotThrow message', () => assert.doesNotThrow(thrower(new Error('foo')), 'msg'));
show('doesNotThrow other class', () => assert.doesNotThrow(thrower(new Error('foo')), TypeError));
show('doesNotThrow same class', () => assert.doesNotThrow(thrower(new Error('foo')), Error));
show('doesNotThrow class, message', () => assert.doesNotThrow(thrower(new Error('foo')), Error, 'mm'));
show('doesNotThrow regexp match', () => assert.doesNotThrow(thrower(new Error('foo')), /foo/));
show('doesNotThrow regexp other', () => assert.doesNotThrow(thrower(new Error('foo')), /bar/));
show('doesNotThrow string', () => assert.doesNotThrow(thrower('str')));
show('doesNotThrow null', () => assert.doesNotThrow(thrower(null)));
show('doesNotThrow validation', () => assert.doesNotThrow(thrower(new Error('foo')), () => true, 'msg'));
show('doesNotThrow object', () => assert.doesNotThrow(thrower(new Error('foo')), { message: 'foo' }));
show('doesNotThrow number', () => assert.doesNotThrow(thrower(new Error('foo')), 5));
