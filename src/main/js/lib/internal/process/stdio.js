'use strict';
// process.stdout and process.stderr: synchronous writes, as Node's are for files and pipes.

const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function createStdioStream(binding, fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      } else {
        binding[fd === 1 ? 'writeStdout' : 'writeStderr'](chunk);
        chunk = undefined;
      }
    }
    if (chunk !== undefined) {
      if (!ArrayBuffer.isView(chunk)) {
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      }
      binding.writeBytes(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') return end.call(this, undefined, undefined, chunk);
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  };
  return stream;
}

module.exports = { createStdioStream };
