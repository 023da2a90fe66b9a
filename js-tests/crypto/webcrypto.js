// globalThis.crypto: getRandomValues and randomUUID, their errors, and the global's shape.
const nodeCrypto = require('crypto');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable, Object.keys(globalThis).includes('crypto'));
console.log(Object.prototype.toString.call(globalThis.crypto), globalThis.crypto.constructor.name, typeof Crypto);
console.log(nodeCrypto.webcrypto === globalThis.crypto, globalThis.crypto === globalThis.crypto);
const proto = Object.getPrototypeOf(globalThis.crypto);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag)));
console.log(Object.getOwnPropertyDescriptor(proto, 'getRandomValues').enumerable, proto.getRandomValues.length);
show('new Crypto', () => new Crypto());
const filled = globalThis.crypto.getRandomValues(new Uint8Array(32));
console.log(filled instanceof Uint8Array, filled.length, filled.some((b) => b !== 0));
for (const make of [() => new Int8Array(4), () => new Uint16Array(4), () => new Int32Array(4), () => new Uint8ClampedArray(4),
  () => new BigInt64Array(2), () => new BigUint64Array(2), () => Buffer.alloc(4), () => new Uint8Array(65536)]) {
  const array = make();
  show(array.constructor.name, () => globalThis.crypto.getRandomValues(array) === array);
}
show('Float32Array', () => globalThis.crypto.getRandomValues(new Float32Array(2)));
show('Float64Array', () => globalThis.crypto.getRandomValues(new Float64Array(2)));
show('DataView', () => globalThis.crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('ArrayBuffer', () => globalThis.crypto.getRandomValues(new ArrayBuffer(2)));
show('number', () => globalThis.crypto.getRandomValues(5));
show('too long', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));
show('too long words', () => globalThis.crypto.getRandomValues(new Uint32Array(16385)));
show('no argument', () => globalThis.crypto.getRandomValues());
show('undefined argument', () => globalThis.crypto.getRandomValues(undefined));
show('wrong this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(2)));
show('wrong this, no argument', () => globalThis.crypto.getRandomValues.call({}));
show('randomUUID wrong this', () => globalThis.crypto.randomUUID.call({}));
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(globalThis.crypto.randomUUID()));
show('module getRandomValues', () => nodeCrypto.getRandomValues(new Uint8Array(2)).length);
show('module getRandomValues, other this', () => nodeCrypto.getRandomValues.call({}, new Uint8Array(2)).length);
show('module getRandomValues, no argument', () => nodeCrypto.getRandomValues());
console.log(nodeCrypto.getRandomValues === nodeCrypto.getRandomValues, nodeCrypto.getRandomValues.name);
try {
  globalThis.crypto.getRandomValues(new Float32Array(1));
} catch (e) {
  console.log(e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
}
try {
  globalThis.crypto.getRandomValues();
} catch (e) {
  console.log(Object.keys(e), String(e), e.stack.split('\n')[0]);
}
