// What structuredClone copies and how: primitives, wrappers, Date, RegExp, buffers and views,
// Map, Set, arrays with holes, plain and class objects, errors, shared and circular references.
const util = require('util');
const show = (label, value) => console.log(label, util.inspect(value, { depth: 4, breakLength: 120 }));
const noFrames = (text) => text.replace(/\n\s+at [^\n]*/g, '');

show('primitives', [1, 's', null, true, 10n, -0, NaN, undefined].map((v) => structuredClone(v)));
show('undefined argument', structuredClone(undefined));
show('wrappers', [new Number(3), new String('ab'), new Boolean(false), Object(5n)].map((v) => structuredClone(v)));
const date = new Date(0);
show('date', [structuredClone(date), structuredClone(date) !== date, structuredClone(new Date(NaN))]);
const re = /a+/gi;
re.lastIndex = 3;
re.extra = 1;
const reCopy = structuredClone(re);
show('regexp', [reCopy, reCopy.lastIndex, reCopy.extra, reCopy.flags, reCopy !== re]);
show('map/set', structuredClone(new Map([[1, { a: new Set([1, 2]) }], ['k', [3]]])));
const sparse = [1, , 3];
sparse.extra = 'x';
sparse[10] = 5;
const sparseCopy = structuredClone(sparse);
show('array', [sparseCopy, sparseCopy.length, 1 in sparseCopy, Object.keys(sparseCopy)]);

const object = { a: 1, [Symbol('s')]: 2, nested: { deep: [1, { x: 'y' }] } };
Object.defineProperty(object, 'hidden', { value: 3, enumerable: false });
Object.defineProperty(object, 'getter', { get() { return 'read'; }, enumerable: true });
show('object', structuredClone(object));
class Point {
  constructor() { this.x = 1; }
  get y() { return 2; }
}
const pointCopy = structuredClone(new Point());
show('class instance', [pointCopy, pointCopy.constructor === Object, Object.getPrototypeOf(pointCopy) === Object.prototype]);
show('null prototype', structuredClone(Object.assign(Object.create(null), { a: 1 })));
show('host objects', [new EventTarget(), new Event('x'), new AbortController().signal, new DOMException('m', 'AbortError')]
  .map((v) => structuredClone(v)));

const circular = { name: 'root' };
circular.self = circular;
circular.list = [circular, circular];
const circularCopy = structuredClone(circular);
show('circular', [circularCopy.self === circularCopy, circularCopy.list[1] === circularCopy, circularCopy !== circular]);
const shared = { v: 1 };
const sharedCopy = structuredClone({ a: shared, b: shared, m: new Map([[shared, shared]]) });
show('shared', [sharedCopy.a === sharedCopy.b, sharedCopy.m.get(sharedCopy.a) === sharedCopy.a, [...sharedCopy.m.keys()][0] === sharedCopy.a]);

const buffer = new Uint8Array([1, 2, 3]).buffer;
const bufferCopy = structuredClone(buffer);
show('ArrayBuffer', [bufferCopy, bufferCopy !== buffer]);
const resizable = new ArrayBuffer(4, { maxByteLength: 8 });
const resizableCopy = structuredClone(resizable);
show('resizable', [resizableCopy.resizable, resizableCopy.maxByteLength, resizableCopy.byteLength]);
const words = new Uint16Array([1, 2, 3]);
const wordsCopy = structuredClone(words.subarray(1));
show('typed array view', [wordsCopy, wordsCopy.byteOffset, wordsCopy.buffer.byteLength]);
const backing = new ArrayBuffer(8);
const views = structuredClone({ a: new Uint8Array(backing, 0, 4), b: new Uint32Array(backing, 4, 1), d: new DataView(backing, 2, 2) });
show('views share one buffer', [views.a.buffer === views.b.buffer, views.d.buffer === views.a.buffer, views.a.buffer.byteLength, views.d.byteOffset]);
show('DataView', structuredClone(new DataView(new ArrayBuffer(4), 1, 2)));
const fromBuffer = structuredClone(Buffer.from('hi'));
show('Buffer becomes Uint8Array', [fromBuffer, Buffer.isBuffer(fromBuffer), fromBuffer.constructor.name]);
show('BigInt64Array', structuredClone(new BigInt64Array([1n, -2n])));
show('Float64Array', structuredClone(new Float64Array([0.5, -1])));

const error = new RangeError('bad');
error.extra = 1;
error.code = 'X';
const errorCopy = structuredClone(error);
console.log('error', errorCopy instanceof RangeError, errorCopy.name, errorCopy.message, Object.keys(errorCopy),
  Object.getOwnPropertyNames(errorCopy), errorCopy.stack === error.stack, util.types.isNativeError(errorCopy));
const causeCopy = structuredClone(new Error('outer', { cause: { inner: new TypeError('inner') } }));
console.log('cause', Object.getOwnPropertyNames(causeCopy), causeCopy.cause.inner instanceof TypeError, causeCopy.cause.inner.message);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
const myCopy = structuredClone(new MyError('m'));
console.log('subclass', myCopy.name, myCopy.constructor.name, myCopy.message);
const renamed = new Error('m');
renamed.name = 'TypeError';
console.log('renamed', structuredClone(renamed).constructor.name);
for (const Ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const copy = structuredClone(new Ctor('x'));
  console.log(Ctor.name, copy.constructor.name, Object.getPrototypeOf(copy) === Ctor.prototype);
}
console.log('aggregate', noFrames(util.inspect(structuredClone(new AggregateError([1], 'agg')))).split('\n')[0]);
console.log('error inside object', structuredClone({ e: new TypeError('t') }).e instanceof TypeError);
