'use strict';
// equal / notEqual / strictEqual / notStrictEqual / deepEqual / notDeepEqual and their messages.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passes');
  } catch (error) {
    console.log(label, error.name, error.code, JSON.stringify(error.message));
    console.log('  actual:', error.actual, 'expected:', error.expected, 'operator:', error.operator,
      'generated:', error.generatedMessage);
  }
}

show('equal 1 "1"', () => assert.equal(1, '1'));
show('equal NaN', () => assert.equal(NaN, NaN));
show('equal null undefined', () => assert.equal(null, undefined));
show('equal 1 2', () => assert.equal(1, 2));
show('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
show('equal custom', () => assert.equal(1, 2, 'custom'));
show('equal empty message', () => assert.equal(1, 2, ''));
show('equal error message', () => assert.equal(1, 2, new TypeError('te')));
show('notEqual', () => assert.notEqual(1, '1'));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('notEqual 1 2', () => assert.notEqual(1, 2));
show('strictEqual 1 2', () => assert.strictEqual(1, 2));
show('strictEqual strings', () => assert.strictEqual('a', 'b'));
show('strictEqual long strings', () => assert.strictEqual('hello world', 'hello there'));
show('strictEqual caret', () => assert.strictEqual('abcdefghijk', 'abcdefghijx'));
show('strictEqual 0 -0', () => assert.strictEqual(0, -0));
show('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
show('strictEqual null undefined', () => assert.strictEqual(null, undefined));
show('strictEqual 1n 2', () => assert.strictEqual(1n, 2));
show('strictEqual same shape', () => assert.strictEqual({}, {}));
show('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('strictEqual arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
show('strictEqual functions', () => assert.strictEqual(() => {}, () => {}));
show('strictEqual errors', () => assert.strictEqual(new Error('a'), new Error('b')));
show('strictEqual multiline string', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
show('strictEqual custom', () => assert.strictEqual(1, 2, 'custom'));
show('strictEqual custom diff', () => assert.strictEqual('abc', 'abd', 'M'));
show('strictEqual number message', () => assert.strictEqual(1, 2, 5));
show('strictEqual long', () => assert.strictEqual('a'.repeat(30), 'b'));
show('notStrictEqual 1', () => assert.notStrictEqual(1, 1));
show('notStrictEqual long string', () => assert.notStrictEqual('abcdef', 'abcdef'));
show('notStrictEqual short string', () => assert.notStrictEqual('ab', 'ab'));
const same = { a: 1 };
show('notStrictEqual object', () => assert.notStrictEqual(same, same));
show('notStrictEqual custom', () => assert.notStrictEqual(1, 1, 'cc'));
show('missing args', () => assert.strictEqual(1));
show('missing args equal', () => assert.equal());
