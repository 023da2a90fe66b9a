'use strict';
// process.emitWarning: a 'warning' event on the next tick, and Node's stderr line
// "(node:PID) [CODE] Name: message" unless --no-warnings (or NODE_NO_WARNINGS=1) says otherwise.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let firstWarningWritten = false;

function createWarning(warning, type, code) {
  const error = new Error(warning);
  error.name = String(type || 'Warning');
  if (code !== undefined) error.code = code;
  return error;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ({ type, code, detail } = type);
  } else if (typeof type === 'function') {
    type = undefined;
  } else if (typeof code === 'function') {
    code = undefined;
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  if (typeof warning === 'string') {
    warning = createWarning(warning, type, code);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (typeof detail === 'string') warning.detail = detail;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  void ctor;
  process.nextTick(() => process.emit('warning', warning));
}

function warningsSilenced() {
  return process.execArgv.includes('--no-warnings') || process.env.NODE_NO_WARNINGS === '1';
}

// The default 'warning' listener, installed at start-up like Node's.
function writeWarning(warning) {
  if (warningsSilenced()) return;
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  text += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!firstWarningWritten) {
    firstWarningWritten = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  process.stderr.write(`${text}\n`);
}

module.exports = { emitWarning, writeWarning };
