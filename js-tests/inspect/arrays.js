// Arrays: empty, short, more than 6 entries grouped in columns, more than 100 items, sparse
// arrays, extra properties, subclasses.
const util = require('util');

console.log([], [1], ['message', 'listening']);
for (const n of [6, 7, 10, 16, 26, 30]) console.log(Array.from({ length: n }, (_, i) => i * 7 % 13));
console.log(Array.from({ length: 20 }, (_, i) => (i * 7919) % 100003));
console.log(Array.from({ length: 12 }, (_, i) => 'w'.repeat(1 + (i * 5) % 9)));
console.log(Array.from({ length: 14 }, (_, i) => 'word'.repeat(1 + (i % 4))));
console.log([1, 'a', 'bb', 22, 'ccc', 333, 'dddd', 4444]);
console.log([-1, -22, 333, -4444, 5, 66, -777, 8888, 9]);
console.log(['中文', 'ab', '中文中文', 'abc', '日本語', 'x', 'abcd']);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 120 }, (_, i) => `s${i}`));
console.log([1, , 3], [, , 1, , , , 2, , ], new Array(5));
const sparse = []; sparse[1000] = 1; console.log(sparse);
console.log(Object.assign([1, 2, 3], { extra: true, 'x-y': 2 }));
console.log(Object.assign([1, 2, 3, 4, 5, 6, 7], { extra: true }));
class MyArr extends Array {}
console.log(MyArr.from([1, 2]), new MyArr());
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => i * j)));
console.log(util.inspect([1, 2, 3], { maxArrayLength: 2 }), util.inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(util.inspect(Array.from({ length: 20 }, (_, i) => i), { maxArrayLength: 7 }));
