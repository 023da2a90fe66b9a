'use strict';
// process.stdout and process.stderr: synchronous writes, as Node's are for files and pipes, on a
// light EventEmitter that behaves like Node's Writable here (write/end callbacks, 'finish' and
// 'close', write after end) without loading the stream module into every script. On a terminal
// they say so (isTTY, columns, rows, getWindowSize, color depth) as Node's tty.WriteStream does.

const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

function createStdioStream(binding, fd, stdio) {
  const stream = new EventEmitter();
  let ended = false;
  let finished = false;
  stream.fd = fd;
  stream._isStdio = true;
  Object.defineProperties(stream, {
    writable: { get: () => !ended, enumerable: true, configurable: true },
    writableEnded: { get: () => ended, enumerable: true, configurable: true },
    writableFinished: { get: () => finished, enumerable: true, configurable: true },
  });
  Object.assign(stream, {
    readable: false,
    destroyed: false,
    writableLength: 0,
    writableHighWaterMark: 16384,
    writableObjectMode: false,
    writableCorked: 0,
    writableNeedDrain: false,
  });
  stream.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk === null) throw require('internal/streams/errors').codes.ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof chunk === 'string' && encoding && encoding !== 'buffer' && !require('buffer').Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (ended) {
      const error = require('internal/streams/errors').codes.ERR_STREAM_WRITE_AFTER_END();
      if (typeof callback === 'function') process.nextTick(callback, error);
      process.nextTick(() => stream.emit('error', error));
      return false;
    }
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      } else {
        binding[fd === 1 ? 'writeStdout' : 'writeStderr'](chunk);
        chunk = undefined;
      }
    }
    if (chunk !== undefined) binding.writeBytes(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };
  stream.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') return end.call(this, undefined, undefined, chunk);
    if (typeof encoding === 'function') return end.call(this, chunk, undefined, encoding);
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!ended) {
      ended = true;
      process.nextTick(() => {
        finished = true;
        if (typeof callback === 'function') callback(null);
        stream.emit('finish');
        process.nextTick(() => stream.emit('close'));
      });
    } else if (typeof callback === 'function') {
      process.nextTick(callback, null);
    }
    return this;
  };
  stream.cork = () => {};
  stream.uncork = () => {};
  stream.setDefaultEncoding = function setDefaultEncoding() { return this; };
  stream.destroy = function destroy() { return this; };
  stream.destroySoon = stream.destroy;
  describeTerminal(stream, fd, stdio);
  return stream;
}

// What tty.WriteStream adds: the terminal's size (asked afresh each time) and its colors. Asking
// whether fd is a terminal takes a native call, so it waits until a script wants to know; on
// anything else these read undefined, as on Node's streams for files and pipes.
function describeTerminal(stream, fd, stdio) {
  let terminal;
  const isTerminal = () => (terminal ??= stdio.isatty(fd));
  const size = () => (stdio.windowSize(fd) ?? '80,24').split(',').map(Number);
  const methods = {
    getWindowSize: () => size(),
    getColorDepth: (env = process.env) => colorDepth(env),
    hasColors(count = 16, env = process.env) {
      if (typeof count === 'object') [count, env] = [16, count];
      return count <= 2 ** colorDepth(env);
    },
  };
  const properties = {
    isTTY: () => true,
    columns: () => size()[0],
    rows: () => size()[1],
    ...Object.fromEntries(Object.entries(methods).map(([method, fn]) => [method, () => fn])),
  };
  for (const [key, value] of Object.entries(properties)) {
    Object.defineProperty(stream, key, {
      get: () => (isTerminal() ? value() : undefined),
      set(replacement) { Object.defineProperty(this, key, { value: replacement, writable: true, enumerable: true, configurable: true }); },
      enumerable: false, configurable: true,
    });
  }
}

// Bits of color the terminal takes, from the environment as Node reads it (in short).
function colorDepth(env) {
  if (env.FORCE_COLOR !== undefined) {
    return { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR] ?? 4;
  }
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
  return 4;
}

module.exports = { createStdioStream };
