// Map, Set, WeakMap, WeakSet, with nesting, sizes, subclasses and maxArrayLength.
const util = require('util');

console.log(new Map(), new Map([['a', 1]]), new Set(), new Set([1, 'a', [2]]));
console.log(new Map([[{ a: 1 }, [1, 2]], ['k', new Map([[1, new Map([[2, new Map([[3, 4]])]])]])]]));
console.log(new Map(Array.from({ length: 5 }, (_, i) => [`key number ${i}`, `value number ${i}`])));
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, i])).size, util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }));
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet(), Object.assign(new Map([[1, 2]]), { extra: 'x' }));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null), Object.setPrototypeOf(new Set([1]), null));
console.log(new WeakMap(), new WeakSet(), Object.assign(new WeakMap(), { a: 1 }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
