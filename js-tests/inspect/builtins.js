// Dates, regular expressions, boxed primitives, typed arrays, ArrayBuffer and DataView.
console.log(new Date(0), new Date(NaN), Object.assign(new Date(1e12), { a: 1 }));
class D extends Date {}
console.log(new D(0), [new Date(86400000)]);
console.log(/a+b/gi, /\/[\n]/, new RegExp('\n/'), Object.assign(/x/, { a: 1 }), Object.setPrototypeOf(/x/g, null));
console.log(new Number(3), new Number(-0), new String('abc'), new Boolean(false), Object(5n), Object(Symbol('s')));
console.log(Object.assign(new String('ab'), { x: 1 }), Object.setPrototypeOf(new Number(1), null));
console.log(new Uint8Array([1, 2, 3]), new Int16Array(0), new Float64Array([-0, NaN, 1.5, -Infinity, 1e300]));
console.log(new BigInt64Array([1n, -2n]), Uint32Array.from({ length: 20 }, (_, i) => i * 1000));
console.log(new Uint8Array(120));
console.log(new Uint8Array([1, 2, 255]).buffer, new ArrayBuffer(0), new SharedArrayBuffer(3));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log({ a: { b: { c: new ArrayBuffer(2) } } });
