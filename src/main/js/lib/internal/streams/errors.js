'use strict';
// The errors module readable-stream asks for (its `ours/errors`), answered with Node 20's errors:
// own `code`, "Error [CODE]: message" stacks, Node 20's wording, built by internal/errors.

const { AbortError, codes: nodeCodes, makeNodeError } = require('internal/errors');

const codes = { ...nodeCodes };

// Node 20 takes any TypedArray or DataView as a chunk and says so (see internal/streams/node20).
codes.ERR_INVALID_ARG_TYPE = function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  if (name === 'chunk' && Array.isArray(expected) && expected.join() === 'string,Buffer,Uint8Array') {
    expected = ['string', 'Buffer', 'TypedArray', 'DataView'];
  }
  return dropOwnFrames(nodeCodes.ERR_INVALID_ARG_TYPE(name, expected, actual));
};

function define(code, Base, message) {
  if (codes[code] !== undefined) return;
  codes[code] = function NodeError(...args) {
    const text = typeof message === 'function' ? message(...args) : message;
    return dropOwnFrames(makeNodeError(Base, code, text));
  };
}

// The stack starts where the stream code made the error, not in this module.
function dropOwnFrames(error) {
  const stack = error.stack;
  if (typeof stack === 'string' && stack.includes('(node:internal/streams/errors:')) {
    const lines = stack.split('\n').filter((line) => !line.includes('(node:internal/streams/errors:'));
    Object.defineProperty(error, 'stack', { value: lines.join('\n'), enumerable: false, writable: true, configurable: true });
  }
  return error;
}

define('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
define('ERR_STREAM_ALREADY_FINISHED', Error, (method) => `Cannot call ${method} after a stream was finished`);
define('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
define('ERR_STREAM_DESTROYED', Error, (method) => `Cannot call ${method} after a stream was destroyed`);
define('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
define('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
define('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
define('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
define('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
define('ERR_UNKNOWN_SIGNAL', TypeError, (signal) => `Unknown signal: ${signal}`);
define('ERR_INTERNAL_ASSERTION', Error, (message) =>
  'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
  'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n' +
  (message === undefined ? '' : `\n${message}`));
define('ERR_ASSERTION', Error, (message) => message);

// Two errors of one stream (a destroy error and a callback's) reported as one, as Node does.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const aggregate = new AggregateError([outerError, innerError], outerError.message);
    aggregate.code = outerError.code;
    return aggregate;
  }
  return innerError || outerError;
}

module.exports = { AbortError, aggregateTwoErrors, hideStackFrames: (fn) => fn, codes };
