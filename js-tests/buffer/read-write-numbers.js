// Number readers/writers, their return values and byte layouts.
'use strict';

const buffer = Buffer.alloc(16);
const writes = [
  ['writeUInt8', 255, 0], ['writeInt8', -2, 1], ['writeUInt16LE', 0xbeef, 2], ['writeUInt16BE', 0xbeef, 4],
  ['writeInt16LE', -2, 6], ['writeUInt32BE', 0xdeadbeef, 8], ['writeInt32LE', -123456, 12],
];
for (const [method, value, offset] of writes) console.log(method, buffer[method](value, offset));
console.log(buffer.toString('hex'));

for (const method of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigInt64BE', 'readUint8', 'readUint32LE']) {
  console.log(method, String(buffer[method](8)));
}

for (let byteLength = 1; byteLength <= 6; byteLength++) {
  const b = Buffer.alloc(8);
  b.writeUIntBE(2 ** (8 * byteLength) - 3, 1, byteLength);
  b.writeIntLE(-3, 1, byteLength);
  console.log('variable', byteLength, b.toString('hex'), b.readUIntLE(1, byteLength), b.readIntLE(1, byteLength),
    b.readUIntBE(1, byteLength), b.readIntBE(1, byteLength));
}

const big = Buffer.alloc(8);
console.log(big.writeBigInt64LE(-2n), big.toString('hex'), String(big.readBigUInt64LE()), String(big.readBigInt64LE()));
console.log(big.writeBigUInt64BE(2n ** 64n - 2n), big.toString('hex'), String(big.readBigUInt64BE()));

const floats = Buffer.alloc(12);
console.log(floats.writeFloatLE(1.5), floats.writeDoubleBE(-0.1, 4), floats.toString('hex'));
console.log(floats.writeFloatBE(NaN), floats.writeFloatLE(Infinity, 4), floats.toString('hex'));
console.log(floats.readFloatLE(0), floats.readDoubleLE(4), Object.is(Buffer.alloc(8).writeDoubleLE(-0) && floats.readDoubleBE(4), -0));

// Fractions and NaN as Node stores them.
const odd = Buffer.alloc(8);
odd.writeInt16LE(-1.5, 0);
odd.writeUInt8(NaN, 2);
odd.writeIntBE(-4294967296.5, 3, 5);
console.log(odd.toString('hex'));

for (const swap of ['swap16', 'swap32', 'swap64']) {
  console.log(swap, Buffer.from('0102030405060708', 'hex')[swap]().toString('hex'));
}
