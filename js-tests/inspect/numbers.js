// Numbers, -0, bigints, booleans, null, undefined, symbols, and numericSeparator.
const util = require('util');

console.log([0, -0, 1, -1, 1.5, -1.5e-7, 1e21, NaN, Infinity, -Infinity, 0.1 + 0.2, 5e-324]);
console.log(-0, [-0], { z: -0 });
console.log([0n, 1n, -1n, 12345678901234567890n], 1n);
console.log([true, false, null, undefined]);
console.log(Symbol(), Symbol('a'), [Symbol.iterator, Symbol('x y')]);
console.log({ [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 });
for (const n of [1234567, -1234.5678, 1234567.891234, -0.5, 0.00012345, 1.5e-7, 1e21, 123456789n]) {
  console.log(util.inspect(n, { numericSeparator: true }));
}
console.log(util.inspect(new Int32Array([1234567, -7654321, 1000, 999, 1, 2, 3]), { numericSeparator: true }));
