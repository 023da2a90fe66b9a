'use strict';
// Where Node 20's streams differ from readable-stream 4.7 (which follows Node 18.19's), applied
// once to the loaded package:
// - write(), end(), push() and unshift() take any TypedArray or DataView as bytes, not only a
//   Uint8Array (readable-stream asks Stream._isUint8Array, so that answers for every view);
// - in object mode, _write() gets the encoding as the caller gave it (undefined when omitted, null
//   when a callback took its place), not the default encoding;
// - Writable has Symbol.asyncDispose, as Readable does;
// - `duplexPair()` and `_isArrayBufferView`.

const { Buffer } = require('buffer');
const { AbortError } = require('internal/errors');

function adjust(Stream) {
  Stream._isArrayBufferView = ArrayBuffer.isView;
  Stream._isUint8Array = ArrayBuffer.isView;
  Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

  const { Writable, Duplex, finished } = Stream;
  keepObjectModeEncoding(Writable.prototype, Writable.prototype.write, Writable.prototype.end);
  keepObjectModeEncoding(Duplex.prototype, Duplex.prototype.write, Duplex.prototype.end);
  Object.defineProperty(Writable.prototype, Symbol.asyncDispose, {
    value: async function asyncDispose() {
      let error;
      if (!this.destroyed) {
        error = this.writableFinished ? null : new AbortError();
        this.destroy(error);
      }
      await new Promise((resolve, reject) => {
        finished(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
      });
    },
    writable: true, enumerable: false, configurable: true,
  });

  Stream.duplexPair = function duplexPair(options) {
    const side1 = new DuplexSide(options);
    const side2 = new DuplexSide(options);
    side1.otherSide = side2;
    side2.otherSide = side1;
    return [side1, side2];
  };

  // One end of duplexPair(): what is written to one side is read from the other.
  class DuplexSide extends Duplex {
    constructor(options) {
      super(options);
      this.otherSide = null;
      this.pendingCallback = null;
    }

    _read() {
      const callback = this.pendingCallback;
      if (callback) {
        this.pendingCallback = null;
        callback();
      }
    }

    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        process.nextTick(callback);
      } else {
        this.otherSide.pendingCallback = callback;
        this.otherSide.push(chunk);
      }
    }

    _final(callback) {
      this.otherSide.on('end', callback);
      this.otherSide.push(null);
    }
  }
  return Stream;
}

// readable-stream puts the default encoding where the caller gave none; for the length of the call
// the default is what the caller gave.
function keepObjectModeEncoding(prototype, writeOriginal, endOriginal) {
  function callWithCallersEncoding(original, stream, chunk, encoding, callback) {
    const state = stream._writableState;
    const given = typeof encoding === 'function' ? null : encoding;
    if (!state?.objectMode || given) return Reflect.apply(original, stream, [chunk, encoding, callback]);
    const saved = state.defaultEncoding;
    state.defaultEncoding = given;
    try {
      return Reflect.apply(original, stream, [chunk, encoding, callback]);
    } finally {
      state.defaultEncoding = saved;
    }
  }
  prototype.write = function write(chunk, encoding, callback) {
    return callWithCallersEncoding(writeOriginal, this, chunk, encoding, callback);
  };
  prototype.end = function end(chunk, encoding, callback) {
    return callWithCallersEncoding(endOriginal, this, chunk, encoding, callback);
  };
}

module.exports = { adjust };
