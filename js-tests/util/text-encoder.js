// TextEncoder: encode, encodeInto's read/written counts, lone surrogates, errors and inspect.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const encoder = new TextEncoder();
console.log(encoder.encoding, util.TextEncoder === TextEncoder);
console.log(encoder.encode('héllo €'), encoder.encode(), encoder.encode(undefined), encoder.encode(null));
console.log(encoder.encode('\ud800x'), encoder.encode('a\udc00'), encoder.encode('😀'), encoder.encode(12));
console.log(encoder.encode({ toString() { return 'x'; } }), encoder.encode('x') instanceof Uint8Array, Buffer.isBuffer(encoder.encode('x')));
attempt('encode symbol', () => encoder.encode(Symbol('s')));

for (const [text, size] of [['héllo', 3], ['€€', 4], ['a😀b', 4], ['a😀b', 5], ['\ud800', 4], ['a\udc00', 3], ['abc', 0], ['', 2]]) {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(text, dest);
  console.log('encodeInto', JSON.stringify(text), size, result, [...dest]);
}
console.log('into a Buffer', encoder.encodeInto('ab', Buffer.alloc(4)));
const offsetView = new Uint8Array(new ArrayBuffer(8), 2, 3);
console.log('into a view', encoder.encodeInto('xyz!', offsetView), [...new Uint8Array(offsetView.buffer)]);
attempt('encodeInto number', () => encoder.encodeInto(5, new Uint8Array(4)));
attempt('encodeInto array', () => encoder.encodeInto('x', []));
attempt('encodeInto nothing', () => encoder.encodeInto('x'));
attempt('encodeInto Uint16Array', () => encoder.encodeInto('x', new Uint16Array(2)));
attempt('encode on object', () => TextEncoder.prototype.encode.call({}, 'x'));
attempt('encoding on object', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));

console.log(encoder, util.inspect(encoder, { showHidden: true }));
console.log(util.inspect({ a: { b: encoder } }, { depth: 1 }), util.inspect({ a: encoder }, { depth: 0 }));
console.log(Object.prototype.toString.call(encoder), Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(TextEncoder.prototype));
console.log(Object.getOwnPropertySymbols(encoder).length);
