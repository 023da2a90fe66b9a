'use strict';
// Signals: process.on('SIGINT', fn) starts catching the signal (without keeping the loop alive,
// as in Node), removing the last listener stops it; process.kill() sends any signal to any pid.

const { codes: { ERR_INVALID_ARG_TYPE }, makeNodeError, errnoException } = require('internal/errors');

let signalNumbers;
function signalNumber(name) {
  signalNumbers ??= require('os').constants.signals;
  return Object.hasOwn(signalNumbers, name) ? signalNumbers[name] : undefined;
}

function setupSignals(process, binding) {
  process.on('newListener', (type) => {
    if (typeof type !== 'string' || !type.startsWith('SIG') || signalNumber(type) === undefined) return;
    if (process.listenerCount(type) > 0) return;
    const result = binding.watchSignal(type.slice(3), (number) => process.emit(type, type, number));
    if (result < 0) throw errnoException(result, 'uv_signal_start');
  });
  process.on('removeListener', (type) => {
    if (typeof type === 'string' && signalNumber(type) !== undefined && process.listenerCount(type) === 0) {
      binding.unwatchSignal(type.slice(3));
    }
  });

  process.kill = function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid); // eslint-disable-line eqeqeq
    let number;
    if (sig === (sig | 0)) {
      number = sig;
    } else {
      sig ||= 'SIGTERM';
      number = signalNumber(sig);
      if (!number) throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    const result = binding.kill(pid, number);
    if (result < 0) throw errnoException(result, 'kill');
    return true;
  };
}

module.exports = { setupSignals };
