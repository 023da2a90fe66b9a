'use strict';
// Buffer.prototype's number readers and writers (read/write(U)Int8..48, BigInt64, Float, Double)
// with Node's argument checks and error messages.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// ---- checks ----

// The error for an offset (or byteLength, given `name`) that does not fit `lastValid`.
function boundsError(value, lastValid, name) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name);
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (lastValid < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${lastValid}`, value);
}

// Checks that buffer[offset .. offset + byteCount) exists.
function checkBounds(buffer, offset, byteCount) {
  validateNumber(offset, 'offset');
  if (buffer[offset] === undefined || buffer[offset + byteCount - 1] === undefined) {
    boundsError(offset, buffer.length - byteCount);
  }
}

// Node words ranges above 32 bits as powers of two.
function checkIntegerValue(value, min, max, byteCount) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteCount > 4) {
      const bits = byteCount * 8;
      range = min === 0 || min === 0n ?
        `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
}

// Unary plus would throw this too; spelling it out keeps V8's wording on every engine.
function toNumberValue(value) {
  if (typeof value === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
  return +value;
}

// ---- integers up to 48 bits ----

function readUnsigned(buffer, offset, byteCount, littleEndian) {
  validateNumber(offset, 'offset');
  if (buffer[offset] === undefined || buffer[offset + byteCount - 1] === undefined) {
    boundsError(offset, buffer.length - byteCount);
  }
  let value = 0;
  for (let i = 0; i < byteCount; i++) {
    const byte = buffer[littleEndian ? offset + byteCount - 1 - i : offset + i];
    value = value * 256 + byte;
  }
  return value;
}

function readSigned(buffer, offset, byteCount, littleEndian) {
  const value = readUnsigned(buffer, offset, byteCount, littleEndian);
  const limit = 2 ** (byteCount * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

// Node writes the low 32 bits from the ToUint32 of the value and the bits above from its floor
// divided by 2 ** 32; fractional values land exactly as they do there.
function writeInteger(buffer, value, offset, byteCount, littleEndian, min, max) {
  value = toNumberValue(value);
  if (byteCount === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buffer[offset] === undefined) boundsError(offset, buffer.length - 1);
  } else {
    checkIntegerValue(value, min, max, byteCount);
    checkBounds(buffer, offset, byteCount);
  }
  const low = value >>> 0;
  const high = byteCount > 4 ? Math.floor(value * 2 ** -32) >>> 0 : 0;
  for (let i = 0; i < byteCount; i++) {
    const byte = i < 4 ? low >>> (8 * i) : high >>> (8 * (i - 4));
    buffer[littleEndian ? offset + i : offset + byteCount - 1 - i] = byte & 0xff;
  }
  return offset + byteCount;
}

const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function unsignedRange(byteCount) {
  return [0, unsignedMax[byteCount]];
}

function signedRange(byteCount) {
  const limit = 2 ** (byteCount * 8 - 1);
  return [-limit, limit - 1];
}

// readUIntLE and friends: byteLength 1..6, a required offset.
function readVariable(buffer, offset, byteLength, littleEndian, signed) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    return signed ? readSigned(buffer, offset, byteLength, littleEndian) :
      readUnsigned(buffer, offset, byteLength, littleEndian);
  }
  return boundsError(byteLength, 6, 'byteLength');
}

function writeVariable(buffer, value, offset, byteLength, littleEndian, signed) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const [min, max] = signed ? signedRange(byteLength) : unsignedRange(byteLength);
    return writeInteger(buffer, value, offset, byteLength, littleEndian, min, max);
  }
  return boundsError(byteLength, 6, 'byteLength');
}

// ---- 64-bit BigInts ----

function readBigInt64(buffer, offset, littleEndian, signed) {
  validateNumber(offset, 'offset');
  if (buffer[offset] === undefined || buffer[offset + 7] === undefined) {
    boundsError(offset, buffer.length - 8);
  }
  const first = readUnsigned(buffer, offset, 4, littleEndian);
  const second = readUnsigned(buffer, offset + 4, 4, littleEndian);
  const [low, high] = littleEndian ? [first, second] : [second, first];
  const highBits = signed ? high | 0 : high;
  return (BigInt(highBits) << 32n) + BigInt(low);
}

function writeBigInt64(buffer, value, offset, littleEndian, min, max) {
  checkIntegerValue(value, min, max, 8);
  checkBounds(buffer, offset, 8);
  if (typeof value !== 'bigint') {
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  const low = Number(value & 0xffffffffn);
  const high = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 8; i++) {
    const byte = i < 4 ? low >>> (8 * i) : high >>> (8 * (i - 4));
    buffer[littleEndian ? offset + i : offset + 7 - i] = byte & 0xff;
  }
  return offset + 8;
}

// ---- floats ----

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64Bytes = new Uint8Array(float64.buffer);
const hostIsLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// "Forwards" copies bytes in host order, as Node names these functions.
function readFloat(buffer, offset, scratch, scratchBytes, forwards) {
  const byteCount = scratchBytes.length;
  checkBounds(buffer, offset, byteCount);
  for (let i = 0; i < byteCount; i++) scratchBytes[forwards ? i : byteCount - 1 - i] = buffer[offset + i];
  return scratch[0];
}

function writeFloat(buffer, value, offset, scratch, scratchBytes, forwards) {
  value = toNumberValue(value);
  const byteCount = scratchBytes.length;
  checkBounds(buffer, offset, byteCount);
  scratch[0] = value;
  for (let i = 0; i < byteCount; i++) buffer[offset + i] = scratchBytes[forwards ? i : byteCount - 1 - i];
  return offset + byteCount;
}

// ---- the prototype methods, in Node's order and with Node's names and lengths ----

function addNumberMethods(proto) {
  const bigMethods = {
    readBigUInt64LE(offset = 0) { return readBigInt64(this, offset, true, false); },
    readBigUInt64BE(offset = 0) { return readBigInt64(this, offset, false, false); },
    readBigInt64LE(offset = 0) { return readBigInt64(this, offset, true, true); },
    readBigInt64BE(offset = 0) { return readBigInt64(this, offset, false, true); },
    writeBigUInt64LE(value, offset = 0) { return writeBigInt64(this, value, offset, true, 0n, 0xffffffffffffffffn); },
    writeBigUInt64BE(value, offset = 0) { return writeBigInt64(this, value, offset, false, 0n, 0xffffffffffffffffn); },
    writeBigInt64LE(value, offset = 0) {
      return writeBigInt64(this, value, offset, true, -(2n ** 63n), 2n ** 63n - 1n);
    },
    writeBigInt64BE(value, offset = 0) {
      return writeBigInt64(this, value, offset, false, -(2n ** 63n), 2n ** 63n - 1n);
    },
  };
  assign(proto, bigMethods, [
    ['readBigUInt64LE'], ['readBigUInt64BE'], ['readBigUint64LE', 'readBigUInt64LE'],
    ['readBigUint64BE', 'readBigUInt64BE'], ['readBigInt64LE'], ['readBigInt64BE'],
    ['writeBigUInt64LE'], ['writeBigUInt64BE'], ['writeBigUint64LE', 'writeBigUInt64LE'],
    ['writeBigUint64BE', 'writeBigUInt64BE'], ['writeBigInt64LE'], ['writeBigInt64BE'],
  ]);

  const readMethods = {
    readUIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, false); },
    readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); },
    readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); },
    readUInt8(offset = 0) { return readUnsigned(this, offset, 1, true); },
    readUIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, false); },
    readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); },
    readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); },
    readIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, true); },
    readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); },
    readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); },
    readInt8(offset = 0) { return readSigned(this, offset, 1, true); },
    readIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, true); },
    readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); },
    readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); },
  };
  const unsignedReads = ['readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8',
    'readUIntBE', 'readUInt32BE', 'readUInt16BE'];
  assign(proto, readMethods, [
    ...unsignedReads.map((name) => [name]),
    ...unsignedReads.map((name) => [name.replace('UInt', 'Uint'), name]),
    ['readIntLE'], ['readInt32LE'], ['readInt16LE'], ['readInt8'],
    ['readIntBE'], ['readInt32BE'], ['readInt16BE'],
  ]);

  const writeMethods = {
    writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); },
    writeUInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, true, 0, 0xffffffff); },
    writeUInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, 0, 0xffff); },
    writeUInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, 0, 0xff); },
    writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); },
    writeUInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, false, 0, 0xffffffff); },
    writeUInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, 0, 0xffff); },
    writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); },
    writeInt32LE(value, offset = 0) {
      return writeInteger(this, value, offset, 4, true, -0x80000000, 0x7fffffff);
    },
    writeInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, -0x8000, 0x7fff); },
    writeInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, -0x80, 0x7f); },
    writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); },
    writeInt32BE(value, offset = 0) {
      return writeInteger(this, value, offset, 4, false, -0x80000000, 0x7fffffff);
    },
    writeInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, -0x8000, 0x7fff); },
  };
  const unsignedWrites = ['writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8',
    'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE'];
  assign(proto, writeMethods, [
    ...unsignedWrites.map((name) => [name]),
    ...unsignedWrites.map((name) => [name.replace('UInt', 'Uint'), name]),
    ['writeIntLE'], ['writeInt32LE'], ['writeInt16LE'], ['writeInt8'],
    ['writeIntBE'], ['writeInt32BE'], ['writeInt16BE'],
  ]);

  // Node names the float functions by byte order relative to the host.
  const le = hostIsLittleEndian;
  const floatMethods = {
    readFloatForwards(offset = 0) { return readFloat(this, offset, float32, float32Bytes, true); },
    readFloatBackwards(offset = 0) { return readFloat(this, offset, float32, float32Bytes, false); },
    readDoubleForwards(offset = 0) { return readFloat(this, offset, float64, float64Bytes, true); },
    readDoubleBackwards(offset = 0) { return readFloat(this, offset, float64, float64Bytes, false); },
    writeFloatForwards(value, offset = 0) { return writeFloat(this, value, offset, float32, float32Bytes, true); },
    writeFloatBackwards(value, offset = 0) { return writeFloat(this, value, offset, float32, float32Bytes, false); },
    writeDoubleForwards(value, offset = 0) { return writeFloat(this, value, offset, float64, float64Bytes, true); },
    writeDoubleBackwards(value, offset = 0) {
      return writeFloat(this, value, offset, float64, float64Bytes, false);
    },
  };
  const forwardsIf = (littleEndian) => (littleEndian === le ? 'Forwards' : 'Backwards');
  assign(proto, floatMethods, [
    ['readFloatLE', `readFloat${forwardsIf(true)}`], ['readFloatBE', `readFloat${forwardsIf(false)}`],
    ['readDoubleLE', `readDouble${forwardsIf(true)}`], ['readDoubleBE', `readDouble${forwardsIf(false)}`],
    ['writeFloatLE', `writeFloat${forwardsIf(true)}`], ['writeFloatBE', `writeFloat${forwardsIf(false)}`],
    ['writeDoubleLE', `writeDouble${forwardsIf(true)}`], ['writeDoubleBE', `writeDouble${forwardsIf(false)}`],
  ]);
}

// Sets proto[name] = methods[source ?? name] for each [name, source] entry, in order.
function assign(proto, methods, entries) {
  for (const [name, source = name] of entries) proto[name] = methods[source];
}

module.exports = { addNumberMethods };
