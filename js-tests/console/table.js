'use strict';
// console.table: Node's box-drawing tables for arrays, objects, Maps, Sets and primitives.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([1, 2, 3]);
console.table({ r1: { a: 1 }, r2: { b: 2 } });
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 2 }], ['b']);
console.table([{ a: 1 }, 'str'], ['a', 'z']);
console.table('str');
console.table(null);
console.table(42);
console.table([]);
console.table(new Map([['k', { a: 1 }], [{ o: 1 }, 2]]));
console.table(new Set([1, 'two', { a: 3 }]));
console.table([{ 'long header name': 'x', s: 'ünïcödé 日本語' }]);
console.table([{ a: { nested: { deep: 1 } }, b: [1, 2, 3, 4, 5], c: { x: 1, y: 2, z: 3 }, f() {} }]);
console.table([{ a: 'multi\nline' }]);
console.table([1, { a: 1 }]);
console.table({ a: 1, b: 'two' });
console.table([Symbol('s'), 1n, undefined, null]);
console.table([{ a: 1 }], []);
console.table(new Map());
console.table([[]]);
console.table(new Uint8Array([1, 2]));
console.table({ x: [1, 2], y: new Map([[1, 2]]) });
console.table([{ b: 1, 2: 'two', a: 3, 1: 'one' }]);
console.table([{ a: 1 }, { a: 2 }], ['a', 'missing']);
try {
  console.table([{ a: 1 }], 'a');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.group('grouped');
console.table([{ a: 1 }]);
console.groupEnd();
