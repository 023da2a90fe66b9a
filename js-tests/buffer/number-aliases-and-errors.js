'use strict';
// The lower-case Uint aliases of the number methods, and the errors of reads and writes that
// do not fit: ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE.
function show(label, fn) {
  try {
    const result = fn();
    console.log(label, '->', Array.isArray(result) ? result.map(String).join(' ') : String(result));
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}

for (const [method, args] of [['writeUint8', [1]], ['writeUint16LE', [0x102]], ['writeUint16BE', [0x102]],
  ['writeUint32LE', [0x1020304]], ['writeUint32BE', [0x1020304]], ['writeUintLE', [0x10203, 0, 3]],
  ['writeUintBE', [0x10203, 0, 3]], ['writeBigUint64LE', [5n]], ['writeBigUint64BE', [5n]]]) {
  show(method, () => { const b = Buffer.alloc(8); return [b[method](...args), b.toString('hex')]; });
}
const sample = Buffer.from('0102030405060708', 'hex');
for (const method of ['readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE', 'readBigUint64LE',
  'readBigUint64BE']) {
  show(method, () => sample[method](0));
}
show('readUintLE', () => sample.readUintLE(1, 3));
show('readUintBE', () => sample.readUintBE(1, 3));
show('aliases are the same functions', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8,
  Buffer.prototype.writeUint32BE === Buffer.prototype.writeUInt32BE, Buffer.prototype.readBigUint64LE === Buffer.prototype.readBigUInt64LE]);

show('readUInt8()', () => Buffer.from([5]).readUInt8());
show('readUInt8(undefined)', () => Buffer.from([5]).readUInt8(undefined));
show('readUInt8(-1)', () => Buffer.from([5]).readUInt8(-1));
show('readUInt8(null)', () => Buffer.from([5]).readUInt8(null));
show('readUInt8(NaN)', () => Buffer.from([5]).readUInt8(NaN));
show('readUInt8(Infinity)', () => Buffer.from([5]).readUInt8(Infinity));
show('readUInt8 of empty', () => Buffer.alloc(0).readUInt8(0));
show('readInt32BE(1) of 4', () => Buffer.alloc(4).readInt32BE(1));
show('readBigInt64LE(1) of 8', () => Buffer.alloc(8).readBigInt64LE(1));
show('readBigInt64LE of 4', () => Buffer.alloc(4).readBigInt64LE());
show('readDoubleBE(1) of 8', () => Buffer.alloc(8).readDoubleBE(1));
show('readFloatLE of 3', () => Buffer.alloc(3).readFloatLE());
show('readIntBE("x", 2)', () => Buffer.alloc(8).readIntBE('x', 2));
show('readIntBE byteLength 0', () => Buffer.alloc(8).readIntBE(0, 0));
show('readIntLE byteLength 1.5', () => Buffer.alloc(8).readIntLE(0, 1.5));
show('readIntLE past the end', () => Buffer.alloc(4).readIntLE(2, 3));
show('writeIntLE byteLength 0', () => Buffer.alloc(8).writeIntLE(1, 0, 0));
show('writeIntLE byteLength 7', () => Buffer.alloc(8).writeIntLE(1, 0, 7));
show('writeIntLE past the end', () => Buffer.alloc(4).writeIntLE(1, 2, 3));
show('writeUInt8 offset -1', () => Buffer.alloc(4).writeUInt8(1, -1));
show('writeUInt8 "7"', () => { const b = Buffer.alloc(2); return [b.writeUInt8('7'), b.toString('hex')]; });
show('writeUInt16LE 1.9', () => { const b = Buffer.alloc(2); return [b.writeUInt16LE(1.9), b.toString('hex')]; });
show('writeInt8 -129', () => Buffer.alloc(4).writeInt8(-129));
show('writeInt32BE 2 ** 31', () => Buffer.alloc(4).writeInt32BE(2 ** 31));
show('writeUInt32BE 2 ** 32', () => Buffer.alloc(4).writeUInt32BE(2 ** 32));
show('writeUIntBE 6 bytes 2 ** 48', () => Buffer.alloc(6).writeUIntBE(2 ** 48, 0, 6));
show('writeIntBE 6 bytes -(2 ** 47) - 1', () => Buffer.alloc(6).writeIntBE(-(2 ** 47) - 1, 0, 6));
show('writeIntLE 1 byte 128', () => Buffer.alloc(6).writeIntLE(128, 0, 1));
show('writeIntLE 3 bytes 2 ** 23', () => Buffer.alloc(6).writeIntLE(2 ** 23, 0, 3));
show('writeUIntLE 4 bytes 2 ** 32', () => Buffer.alloc(6).writeUIntLE(2 ** 32, 0, 4));
show('writeBigInt64LE 2n ** 63n', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
show('writeBigUInt64BE 2n ** 64n', () => Buffer.alloc(8).writeBigUInt64BE(2n ** 64n));
show('writeBigUInt64BE offset 1', () => Buffer.alloc(8).writeBigUInt64BE(1n, 1));
show('writeFloatBE offset 1 of 4', () => Buffer.alloc(4).writeFloatBE(1, 1));
show('writeFloatBE "x"', () => { const b = Buffer.alloc(4); return [b.writeFloatBE('x'), b.toString('hex')]; });
show('writeDoubleLE 1e400', () => { const b = Buffer.alloc(8); return [b.writeDoubleLE(1e400), b.toString('hex')]; });
show('writeFloatLE 1e40', () => { const b = Buffer.alloc(4); return [b.writeFloatLE(1e40), b.toString('hex')]; });
