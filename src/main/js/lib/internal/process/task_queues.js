'use strict';
// process.nextTick, queueMicrotask and the drain that follows every callback from the loop.
// Java's JsCallbacks calls processTicks() after each callback and again while the shared tick
// flag is set, so ticks run before promise jobs (which GraalJS runs as the call returns).

const { validateFunction } = require('internal/validators');

let tickFlag; // Uint8Array over a Java buffer: [0] = work for processTicks is waiting
let queue = [];
let queueHead = 0;
let handleUncaught = (error) => { throw error; };
const pendingRejections = [];

function setup(host, onUncaught) {
  tickFlag = new Uint8Array(host.tickState());
  handleUncaught = onUncaught;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args });
  tickFlag[0] = 1;
}

function runTick(tick) {
  const { callback, args } = tick;
  switch (args.length) {
    case 0: callback(); break;
    case 1: callback(args[0]); break;
    case 2: callback(args[0], args[1]); break;
    default: callback(...args);
  }
}

function processTicks() {
  while (queueHead < queue.length) {
    const tick = queue[queueHead];
    queue[queueHead++] = undefined;
    try {
      runTick(tick);
    } catch (error) {
      handleUncaught(error);
    }
  }
  if (queueHead > 0) {
    // A fresh array, not length = 0: a long queue's storage goes with the old one.
    queue = [];
    queueHead = 0;
  }
  tickFlag[0] = 0;
  if (pendingRejections.length > 0) processRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (error) {
      handleUncaught(error);
    }
  });
}

// GraalJS reports a rejection that has no handler once its promise jobs have run; Node 20's
// default mode ('throw') emits 'unhandledRejection', or raises the reason as uncaught.
function onUnhandledRejection(reason, promise) {
  pendingRejections.push({ reason, promise });
  tickFlag[0] = 1;
}

function processRejections() {
  while (pendingRejections.length > 0) {
    const { reason, promise } = pendingRejections.shift();
    let handled;
    try {
      handled = process.emit('unhandledRejection', reason, promise);
    } catch (error) {
      handleUncaught(error);
      continue;
    }
    if (!handled) handleUncaught(asUncaught(reason), 'unhandledRejection');
  }
}

function asUncaught(reason) {
  if (reason instanceof Error) return reason;
  const { inspect } = require('internal/util/inspect');
  const error = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${inspect(reason)}".`);
  error.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(error, 'name', { value: 'UnhandledPromiseRejection', configurable: true, writable: true });
  // Node's report shows this error with its frames (where the rejection was found), not bracketed.
  const frames = String(error.stack).slice(String(error.stack).indexOf('\n    at '));
  Object.defineProperty(error, 'stack', { value: `UnhandledPromiseRejection: ${error.message}${frames.startsWith('\n') ? frames : ''}`,
    configurable: true, writable: true });
  return error;
}

module.exports = { setup, nextTick, processTicks, queueMicrotask, onUnhandledRejection };
