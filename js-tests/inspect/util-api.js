// The rest of util: inherits, deprecate, promisify, callbackify, types, toUSVString, ...
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

attempt('inherits undefined', () => util.inherits(undefined, Object));
attempt('inherits null super', () => util.inherits(function () {}, null));
attempt('inherits no prototype', () => util.inherits(function () {}, () => {}));
function Animal() {}
Animal.prototype.speak = () => 'sound';
function Dog() {}
util.inherits(Dog, Animal);
console.log('inherits', new Dog().speak(), Dog.super_ === Animal, new Dog() instanceof Animal);

attempt('deprecate bad code', () => util.deprecate(() => {}, 'msg', 5));
const oldFn = util.deprecate(function oldFn(a) { return a + 1; }, 'oldFn is deprecated', 'DEP_TEST');
console.log('deprecate', oldFn.name, oldFn(1), oldFn(2));

attempt('promisify number', () => util.promisify(1));
const delayed = util.promisify((value, callback) => setTimeout(() => callback(value < 0 ? new Error('negative') : null, value * 2), 1));
console.log('promisify shape', typeof delayed, delayed[util.promisify.custom] === delayed, util.promisify(delayed) === delayed);
delayed(21).then((value) => console.log('promisify resolved', value));
delayed(-1).catch((error) => console.log('promisify rejected', error.message));

attempt('callbackify number', () => util.callbackify(1));
attempt('callbackify no callback', () => util.callbackify(async () => 1)(1));
const cb = util.callbackify(async function work(x) { if (x === 0) throw null; return x * 3; });
console.log('callbackify shape', cb.name, cb.length);
cb(2, (error, value) => console.log('callbackify value', error, value));
cb(0, (error) => console.log('callbackify falsy', error.code, error.message, error.reason));

const samples = [[], /x/, new Date(0), new Map(), new Set(), new WeakMap(), new Uint8Array(1), new Float64Array(1),
  new ArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Number(1), new String('s'), Object(1n), new Error('e'),
  Object.create(Error.prototype), (function () { return arguments; })(), {}, Object.create(Date.prototype)];
for (const name of ['isRegExp', 'isDate', 'isMap', 'isSet', 'isWeakMap', 'isTypedArray', 'isUint8Array', 'isArrayBuffer',
  'isAnyArrayBuffer', 'isArrayBufferView', 'isDataView', 'isBoxedPrimitive', 'isNumberObject', 'isNativeError',
  'isArgumentsObject']) {
  console.log(`types.${name}`, samples.map((value) => (util.types[name](value) ? 1 : 0)).join(''));
}
console.log('toUSVString', JSON.stringify(util.toUSVString('a\ud800b\ud83d\ude00')));
console.log('stripVTControlCharacters', util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
console.log('isArray', util.isArray([]), util.isPrimitive(1), util.isPrimitive({}), util.isError(new TypeError('t')));
console.log('_extend', util._extend({ a: 1 }, { b: 2 }));
