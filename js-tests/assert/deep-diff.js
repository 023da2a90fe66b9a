'use strict';
// The `+ actual - expected` diffs of deepStrictEqual, and the loose deep-equality messages.
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'passes');
  } catch (error) {
    console.log(`${label}: [${error.operator}] generated=${error.generatedMessage}`);
    console.log(error.message);
    console.log('====');
  }
}

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

show('object value', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
show('missing key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show('extra key', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1 }));
show('inserted element', () => assert.deepStrictEqual([1, 2, 3, 4, 5], [1, 2, 9, 3, 4, 5]));
show('shifted elements', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6], [1, 9, 2, 3, 4, 5, 7]));
show('long array, last differs', () => assert.deepStrictEqual(range(20, (i) => i + 1), range(20, (i) => (i === 19 ? 21 : i + 1))));
show('long array, middle differs', () => assert.deepStrictEqual(range(10, (i) => i + 1), range(10, (i) => (i === 7 ? 0 : i + 1))));
show('first key differs', () => assert.deepStrictEqual({ a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 },
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }));
show('two changes', () => assert.deepStrictEqual(range(30), range(30, (i) => (i === 5 || i === 25 ? -i : i))));
show('huge diff', () => assert.deepStrictEqual(range(80, (i) => ({ i })), range(80, (i) => ({ i: i + 1 }))));
show('nested maps', () => assert.deepStrictEqual(new Map([['a', { x: [1, 2] }]]), new Map([['a', { x: [1, 3] }]])));
show('sets', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 4])));
show('same structure', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));
show('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
show('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('errors same', () => assert.deepStrictEqual(new TypeError('a'), new Error('a')));
show('-0', () => assert.deepStrictEqual([0], [-0]));
show('custom message', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show('custom same structure', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }, 'M'));
show('strings', () => assert.deepStrictEqual('x'.repeat(20), 'x'.repeat(19) + 'y'));
show('multiline strings', () => assert.deepStrictEqual({ s: 'line one\nline two\nline three' }, { s: 'line one\nline 2\nline three' }));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual long', () => assert.notDeepStrictEqual(range(60), range(60)));
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
show('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual prims', () => assert.deepEqual(1, 2));
show('deepEqual long', () => assert.deepEqual(range(200), range(200, (i) => i + 1)));
show('deepEqual loose ok', () => assert.deepEqual({ a: 1, b: [null] }, { a: '1', b: [undefined] }));
show('notDeepEqual same text', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual different text', () => assert.notDeepEqual([1], ['1']));
show('notDeepEqual prims', () => assert.notDeepEqual(1, '1'));
show('notDeepEqual long', () => assert.notDeepEqual(range(300), range(300)));
