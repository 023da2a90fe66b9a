'use strict';
// Brand checks for the binary types Buffer accepts, immune to spoofed Symbol.toStringTag.

// %TypedArray%.prototype[@@toStringTag] yields the concrete type name, or undefined for anything
// that is not a typed array.
const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isTypedArray(value) {
  return typedArrayName.call(value) !== undefined;
}

// Buffers included; Uint8ClampedArray excluded.
function isUint8Array(value) {
  return typedArrayName.call(value) === 'Uint8Array';
}

// instanceof filters cheaply; the byteLength getter then rejects objects that only inherit
// from ArrayBuffer.prototype.
function isAnyArrayBuffer(value) {
  let getter;
  if (value instanceof ArrayBuffer) getter = arrayBufferByteLength;
  else if (sharedArrayBufferByteLength && value instanceof SharedArrayBuffer) getter = sharedArrayBufferByteLength;
  else return false;
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

module.exports = { isAnyArrayBuffer, isTypedArray, isUint8Array };
