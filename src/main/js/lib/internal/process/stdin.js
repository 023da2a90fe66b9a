'use strict';
// process.stdin: a Readable over the runtime's standard input. A Java thread reads it and hands
// each chunk to the loop (internalBinding('stdio')); while the stream is reading, stdin keeps the
// process alive, as Node's does, until the end of input, pause() or unref().
// As in Node, a file (or /dev/null) on stdin reads like fs.ReadStream without autoClose: no
// 'close' after 'end'; a pipe or terminal reads like a socket, 64 KiB vs 16 KiB at a time.

const { Buffer } = require('buffer');
const { Readable } = require('stream');
const { errnoException } = require('internal/errors');

function createStdin(stdio) {
  const kind = stdio.stdinKind();
  let reading = false;

  function stopReading() {
    if (reading) {
      reading = false;
      stdio.readStop();
    }
  }

  function onRead(bytes) {
    if (bytes === null) {
      reading = false;
      stdin.push(null);
    } else if (typeof bytes === 'number') {
      reading = false;
      stdin.destroy(errnoException(bytes, 'read'));
    } else if (!stdin.push(Buffer.from(new Uint8Array(bytes).buffer))) {
      stopReading();
    }
  }

  const stdin = new Readable({
    highWaterMark: kind === 'file' ? 65536 : 16384,
    autoDestroy: kind !== 'file',
    read() {
      if (!reading) {
        reading = true;
        stdio.readStart(onRead);
      }
    },
    destroy(error, callback) {
      stopReading();
      callback(error);
    },
  });
  stdin.fd = 0;

  // Like Node: once paused (one tick later, if still not flowing) stdin stops reading, so that
  // the process can end; resume() reads again.
  stdin.on('pause', () => process.nextTick(() => {
    if (reading && !stdin.readableFlowing) {
      stopReading();
      stdin._readableState.reading = false;
    }
  }));

  stdin.ref = function ref() {
    stdio.ref();
    return this;
  };
  stdin.unref = function unref() {
    stdio.unref();
    return this;
  };

  if (kind === 'tty') {
    // tty.ReadStream's raw mode needs termios, which datagraal does not reach.
    stdin.isTTY = true;
    stdin.isRaw = false;
    stdin.setRawMode = function setRawMode() {
      const error = new Error('process.stdin.setRawMode() is not supported by datagraal');
      error.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
      throw error;
    };
  }
  return stdin;
}

module.exports = { createStdin };
