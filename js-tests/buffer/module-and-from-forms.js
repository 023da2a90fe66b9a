'use strict';
// The buffer module's values, Buffer.from with every kind of argument, Buffer.of, alloc with
// every kind of fill, toJSON, and the static helpers' corner cases.
const buffer = require('buffer');
const util = require('util');

function show(label, fn) {
  try {
    const result = fn();
    const text = result instanceof Uint8Array ?
      `${result.constructor.name}(${result.length}) ${Buffer.from(result.buffer, result.byteOffset, result.length).toString('hex')}` :
      util.inspect(result);
    console.log(label, '->', text);
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}

console.log(buffer.constants, buffer.kMaxLength, buffer.kStringMaxLength, Buffer.poolSize, buffer.INSPECT_MAX_BYTES);
console.log(typeof buffer.SlowBuffer, buffer.Buffer === Buffer, typeof buffer.transcode, typeof buffer.isUtf8, typeof buffer.isAscii);
show('toJSON', () => Buffer.from('hi').toJSON());
show('JSON.stringify', () => JSON.stringify({ b: Buffer.from([1, 2]) }));
show('JSON round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xyz')))));
show('from odd array values', () => Buffer.from([256, -1, 1.5, 'a', '7', null, undefined, NaN, 3.99, -0.5, 0x1ff]));
show('from String object', () => Buffer.from(new String('abc')));
show('from String object, hex', () => Buffer.from(new String('abcd'), 'hex'));
show('from valueOf string', () => Buffer.from({ valueOf() { return 'xyz'; } }));
show('from valueOf buffer', () => Buffer.from({ valueOf() { return Buffer.from('q'); } }));
show('from valueOf array', () => Buffer.from({ valueOf() { return [1, 2]; } }));
show('from valueOf number', () => Buffer.from({ valueOf() { return 5; } }));
show('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } }));
show('from toPrimitive, hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
show('from array-like', () => Buffer.from({ length: 3, 0: 1, 1: 2 }));
show('from array-like, string length', () => Buffer.from({ length: '3', 0: 1 }));
show('from toJSON shape', () => Buffer.from({ type: 'Buffer', data: [1, 2, 300] }));
show('from toJSON shape, bad data', () => Buffer.from({ type: 'Buffer', data: 'x' }));
show('from Uint16Array', () => Buffer.from(new Uint16Array([256, 1, 0xffff])));
show('from Float32Array', () => Buffer.from(new Float32Array([1.5, -1, 300])));
show('from ArrayBuffer, "1"', () => Buffer.from(new ArrayBuffer(4), '1'));
show('from ArrayBuffer, 1, undefined', () => Buffer.from(new ArrayBuffer(4), 1, undefined));
show('from ArrayBuffer, NaN, 2', () => Buffer.from(new ArrayBuffer(4), NaN, 2));
show('from ArrayBuffer, 1.5, 2', () => Buffer.from(new ArrayBuffer(4), 1.5, 2));
show('from ArrayBuffer, 0, -1', () => Buffer.from(new ArrayBuffer(4), 0, -1));
show('from ArrayBuffer, 4', () => Buffer.from(new ArrayBuffer(4), 4));
show('from ArrayBuffer, 0, 5', () => Buffer.from(new ArrayBuffer(4), 0, 5));
show('from SharedArrayBuffer', () => {
  const shared = new SharedArrayBuffer(4);
  const view = Buffer.from(shared, 1, 2);
  view[0] = 9;
  return [view.length, new Uint8Array(shared)[1], view.buffer === shared];
});
show('from undefined', () => Buffer.from(undefined));
show('from 1n', () => Buffer.from(1n));
show('from true', () => Buffer.from(true));
show('of', () => Buffer.of(1, 2, 300, -1));
show('of nothing', () => Buffer.of());
show('alloc 5 "abc"', () => Buffer.alloc(5, 'abc'));
show('alloc 5 base64', () => Buffer.alloc(5, 'YWJj', 'base64'));
show('alloc 4 0x101', () => Buffer.alloc(4, 0x101));
show('alloc 3 buffer', () => Buffer.alloc(3, Buffer.from('xy')));
show('alloc 3 Uint8Array', () => Buffer.alloc(3, new Uint8Array([7])));
show('alloc 0 "a"', () => Buffer.alloc(0, 'a'));
show('alloc 3 true', () => Buffer.alloc(3, true));
show('alloc 7 euro', () => Buffer.alloc(7, '€'));
show('alloc 5 ucs2', () => Buffer.alloc(5, 'ab', 'ucs2'));
show('alloc 4 empty string', () => Buffer.alloc(4, ''));
show('alloc 4 1.5', () => Buffer.alloc(4, 1.5));
show('alloc 4 -1', () => Buffer.alloc(4, -1));
show('alloc 2.5', () => Buffer.alloc(2.5));
show('alloc Infinity', () => Buffer.alloc(Infinity));
show('allocUnsafe(0)', () => Buffer.allocUnsafe(0).length);
show('allocUnsafe("1")', () => Buffer.allocUnsafe('1'));
show('allocUnsafeSlow(-1)', () => Buffer.allocUnsafeSlow(-1));
show('allocUnsafeSlow(3)', () => [Buffer.allocUnsafeSlow(3).length, Buffer.allocUnsafeSlow(3).buffer.byteLength]);
show('SlowBuffer(2)', () => buffer.SlowBuffer(2));
show('byteLength ArrayBuffer', () => Buffer.byteLength(new ArrayBuffer(5)));
show('byteLength DataView', () => Buffer.byteLength(new DataView(new ArrayBuffer(5), 1)));
show('byteLength Uint16Array', () => Buffer.byteLength(new Uint16Array(3)));
show('byteLength SharedArrayBuffer', () => Buffer.byteLength(new SharedArrayBuffer(3)));
show('byteLength base64', () => ['', '=', 'a=', 'ab==', 'abc=', 'abcd', 'ab cd', 'YQ'].map((t) => Buffer.byteLength(t, 'base64')));
show('byteLength base64url', () => ['ab==', 'abc', 'abcd'].map((t) => Buffer.byteLength(t, 'base64url')));
show('byteLength hex', () => ['', 'a', 'abc', 'zz'].map((t) => Buffer.byteLength(t, 'hex')));
show('byteLength unknown encoding', () => Buffer.byteLength('héllo', 'nope'));
show('byteLength object', () => Buffer.byteLength({}));
show('byteLength String object', () => Buffer.byteLength(new String('x')));
show('isBuffer', () => [Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(null), Buffer.isBuffer('x')]);
show('isEncoding', () => ['utf8', 'UTF8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'Binary', 'ascii',
  'base64', 'BASE64URL', 'hex', 'utf16', 'raw', 'raws', '', 1, {}].map((e) => Buffer.isEncoding(e)));
show('concat length 1.5', () => Buffer.concat([Buffer.from('ab')], 1.5));
show('concat length "1"', () => Buffer.concat([Buffer.from('ab')], '1'));
show('concat ArrayBuffer', () => Buffer.concat([new ArrayBuffer(2)]));
show('concat shorter length', () => Buffer.concat([Buffer.from('abc'), Buffer.from('de')], 4));
show('copyBytesFrom Uint16Array', () => Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1));
show('copyBytesFrom past the end', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 9));
show('copyBytesFrom offset "1"', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), '1'));
show('parent and offset', () => { const b = Buffer.from(new ArrayBuffer(8), 2, 3); return [b.parent === b.buffer, b.offset]; });
show('toLocaleString', () => [Buffer.from('hé').toLocaleString('hex'), Buffer.prototype.toLocaleString === Buffer.prototype.toString]);
show('function lengths', () => [Buffer.name, Buffer.length, Buffer.from.name, Buffer.from.length, Buffer.alloc.length,
  Buffer.concat.length, Buffer.prototype.write.length, Buffer.prototype.toString.length, Buffer.prototype.fill.length,
  Buffer.prototype.readUInt8.length, Buffer.prototype.writeUInt8.length, Buffer.prototype.readIntLE.length]);
show('prototype names', () => Object.getOwnPropertyNames(Buffer.prototype).sort().join(','));
show('static names', () => Object.getOwnPropertyNames(Buffer).sort().join(','));
