// The errors Buffer throws for bad input: name, code and message exactly as Node's.
'use strict';

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, '->', result instanceof Uint8Array ? result.toString('hex') : String(result));
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}

attempt('from(5)', () => Buffer.from(5));
attempt('from(null)', () => Buffer.from(null));
attempt('from({})', () => Buffer.from({}));
attempt('from(Symbol)', () => Buffer.from(Symbol('s')));
attempt('from(() => 1)', () => Buffer.from(() => 1));
attempt('from bad encoding', () => Buffer.from('abc', 'utf9'));
attempt('from ab offset', () => Buffer.from(new ArrayBuffer(4), 5));
attempt('from ab length', () => Buffer.from(new ArrayBuffer(4), 1, 4));
attempt('from ab negative', () => Buffer.from(new ArrayBuffer(4), -1));
attempt('alloc(-1)', () => Buffer.alloc(-1));
attempt('alloc(NaN)', () => Buffer.alloc(NaN));
attempt('alloc("5")', () => Buffer.alloc('5'));
attempt('alloc(2 ** 33)', () => Buffer.alloc(2 ** 33));
attempt('alloc fill invalid hex', () => Buffer.alloc(4, 'zz', 'hex'));
attempt('alloc fill bad encoding', () => Buffer.alloc(4, 'a', 'nope'));
attempt('allocUnsafe(-2)', () => Buffer.allocUnsafe(-2));
attempt('Buffer(3, "utf8")', () => Buffer(3, 'utf8'));
attempt('concat("ab")', () => Buffer.concat('ab'));
attempt('concat([buf, "x"])', () => Buffer.concat([Buffer.from('a'), 'x']));
attempt('concat length', () => Buffer.concat([Buffer.from('a')], -1));
attempt('byteLength(5)', () => Buffer.byteLength(5));
attempt('compare("x")', () => Buffer.compare('x', Buffer.alloc(1)));
attempt('equals("x")', () => Buffer.alloc(1).equals('x'));
attempt('toString bad encoding', () => Buffer.from('a').toString('nope'));
attempt('toString null encoding', () => Buffer.from('a').toString(null));
attempt('write(5)', () => Buffer.alloc(4).write(5));
attempt('write offset', () => Buffer.alloc(4).write('a', 5));
attempt('write length', () => Buffer.alloc(4).write('a', 0, -1));
attempt('write fractional offset', () => Buffer.alloc(4).write('a', 1.5));
attempt('write bad encoding', () => Buffer.alloc(4).write('a', 0, 1, 'nope'));
attempt('utf8Slice range', () => Buffer.alloc(4).utf8Slice(0, 9));
attempt('utf8Write offset', () => Buffer.alloc(4).utf8Write('a', 9));
attempt('readUInt8(4)', () => Buffer.alloc(4).readUInt8(4));
attempt('readUInt16LE(3)', () => Buffer.alloc(4).readUInt16LE(3));
attempt('readUInt32LE(1.5)', () => Buffer.alloc(8).readUInt32LE(1.5));
attempt('readUInt32LE("1")', () => Buffer.alloc(8).readUInt32LE('1'));
attempt('readUInt32LE short', () => Buffer.alloc(2).readUInt32LE(0));
attempt('readUIntLE no length', () => Buffer.alloc(8).readUIntLE(0));
attempt('readUIntLE length 7', () => Buffer.alloc(8).readUIntLE(0, 7));
attempt('writeUInt8(256)', () => Buffer.alloc(4).writeUInt8(256));
attempt('writeInt16BE(40000)', () => Buffer.alloc(4).writeInt16BE(40000));
attempt('writeUInt32LE(-1)', () => Buffer.alloc(4).writeUInt32LE(-1));
attempt('writeUIntLE(2 ** 48)', () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6));
attempt('writeIntBE(2 ** 39)', () => Buffer.alloc(8).writeIntBE(2 ** 39, 0, 5));
attempt('writeBigUInt64LE(-1n)', () => Buffer.alloc(8).writeBigUInt64LE(-1n));
attempt('writeBigInt64BE(2n ** 63n)', () => Buffer.alloc(8).writeBigInt64BE(2n ** 63n));
attempt('writeBigInt64LE(5)', () => Buffer.alloc(8).writeBigInt64LE(5));
attempt('writeUInt16LE(5n)', () => Buffer.alloc(8).writeUInt16LE(5n));
attempt('writeDoubleLE offset', () => Buffer.alloc(8).writeDoubleLE(1, 1));
attempt('fill offset', () => Buffer.alloc(4).fill(1, -1));
attempt('fill end', () => Buffer.alloc(4).fill(1, 0, 5));
attempt('fill encoding type', () => Buffer.alloc(4).fill('a', 0, 2, 5));
attempt('fill empty buffer value', () => Buffer.alloc(4).fill(new Uint8Array(0)));
attempt('indexOf({})', () => Buffer.alloc(4).indexOf({}));
attempt('indexOf bad encoding', () => Buffer.alloc(4).indexOf('a', 0, 'nope'));
attempt('copy target', () => Buffer.alloc(4).copy('x'));
attempt('copy targetStart', () => Buffer.alloc(4).copy(Buffer.alloc(4), -1));
attempt('copy sourceStart', () => Buffer.alloc(4).copy(Buffer.alloc(4), 0, 9));
attempt('compare targetEnd', () => Buffer.alloc(4).compare(Buffer.alloc(2), 0, 3));
attempt('swap16 odd', () => Buffer.alloc(3).swap16());
attempt('swap64 odd', () => Buffer.alloc(12).swap64());
attempt('copyBytesFrom([])', () => Buffer.copyBytesFrom([]));
attempt('copyBytesFrom offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
attempt('isUtf8("x")', () => require('buffer').isUtf8('x'));
attempt('INSPECT_MAX_BYTES = -1', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
