'use strict';
// Node's deep-equality rules, loose (assert.deepEqual) and strict (util.isDeepStrictEqual).
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (error) {
    if (error.code !== 'ERR_ASSERTION') throw error;
    return false;
  }
}

function check(label, a, b) {
  console.log(label.padEnd(24), 'strict', isDeepStrictEqual(a, b), isDeepStrictEqual(b, a),
    'loose', loose(a, b), loose(b, a));
}

const args = function () { return arguments; };
const withLastIndex = () => { const r = /a/g; r.lastIndex = 3; return r; };
const selfRef = () => { const o = { v: 1 }; o.self = o; return o; };

check('NaN', NaN, NaN);
check('-0', -0, 0);
check('-0 in array', [-0], [0]);
check('1 "1"', 1, '1');
check('null undefined', null, undefined);
check('undefined property', { a: undefined }, {});
check('key order', { a: 1, b: 2 }, { b: 2, a: 1 });
check('prototype', Object.create({ x: 1 }), {});
check('null prototype', Object.create(null), {});
check('class instance', new (class A { constructor() { this.x = 1; } })(), { x: 1 });
check('array holes', [1, , 3], [1, undefined, 3]);
check('array extra prop', Object.assign([1], { x: 1 }), [1]);
check('arguments', args(1), [1]);
check('array vs object', [], {});
check('symbol keys', { [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 });
check('non-enumerable', Object.defineProperty({}, 'a', { value: 1 }), {});
check('dates', new Date(0), new Date(0));
check('dates differ', new Date(0), new Date(1));
check('invalid dates', new Date(NaN), new Date(NaN));
check('date props', Object.assign(new Date(0), { a: 1 }), new Date(0));
check('regexps', /a/g, /a/g);
check('regexp flags', /a/g, /a/i);
check('regexp lastIndex', withLastIndex(), /a/g);
check('errors', new Error('a'), new Error('a'));
check('error names', new TypeError('a'), new Error('a'));
check('error cause', new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
check('error cause missing', new Error('a', { cause: undefined }), new Error('a'));
check('aggregate errors', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
check('error props', Object.assign(new Error('a'), { code: 1 }), new Error('a'));
check('boxed numbers', new Number(1), new Number(1));
check('boxed -0', new Number(0), new Number(-0));
check('boxed NaN', new Number(NaN), new Number(NaN));
check('boxed vs primitive', new Number(1), 1);
check('boxed strings', new String('ab'), new String('ab'));
check('boxed symbols', Object(Symbol.iterator), Object(Symbol.iterator));
check('boxed bigint', Object(1n), Object(1n));
check('typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
check('typed kinds', new Uint8Array([1]), new Int8Array([1]));
check('Buffer vs Uint8Array', Buffer.from([1]), new Uint8Array([1]));
check('float NaN', new Float64Array([NaN]), new Float64Array([NaN]));
check('float -0', new Float32Array([0]), new Float32Array([-0]));
check('ArrayBuffers', new ArrayBuffer(2), new ArrayBuffer(2));
check('ArrayBuffer sizes', new ArrayBuffer(2), new ArrayBuffer(3));
check('DataViews', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
check('sets of objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
check('sets loose', new Set([1, '2']), new Set(['1', 2]));
check('sets null/undefined', new Set([null]), new Set([undefined]));
check('sets NaN', new Set([NaN]), new Set([NaN]));
check('sets of arrays', new Set([[1], [2]]), new Set([[2], [1]]));
check('maps', new Map([[1, 'a']]), new Map([[1, 'a']]));
check('maps loose keys', new Map([[1, 'a']]), new Map([['1', 'a']]));
check('maps object keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']]));
check('maps object values', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'y']]));
check('maps swapped keys', new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]]));
check('map vs set', new Map(), new Set());
check('weak maps', new WeakMap([[{}, 1]]), new WeakMap());
check('functions', function f() {}, function f() {});
check('circular', selfRef(), selfRef());
check('circular vs not', selfRef(), { v: 1, self: { v: 1, self: {} } });
check('nested', { a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] });
