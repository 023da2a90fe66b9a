'use strict';
// Builds Node's global scope (process, console, timers, Buffer, ...) and returns the entry
// points Java calls: runMain, runEval, emitBeforeExit, emitExit, and the callback trampoline.

const host = require.host;
require('internal/util/language_globals'); // first: it names the globals that are not Node's
const EventEmitter = require('events');
const taskQueues = require('internal/process/task_queues');
const execution = require('internal/process/execution');
const { createProcess } = require('internal/process/object');

const process = createProcess(host);
globalThis.process = process;
// JSON.parse in JS, faster than the engine's (see there); after the process object, whose facts
// (the whole environment, which can be long) the engine's parser reads once: in JS, a long text's
// loop would have the JIT compile the parser at every start.
JSON.parse = require('internal/per_context/json_parse');
// --expose-gc: gc() runs a full collection of the JVM's heap, as Node's collects V8's.
if (process.execArgv.includes('--expose-gc')) {
  const processBinding = internalBinding('process');
  Object.defineProperty(globalThis, 'gc', {
    value: function gc() { processBinding.gc(); }, writable: true, enumerable: true, configurable: false,
  });
}
execution.setup(host);
taskQueues.setup(host, execution.handleUncaught);

// GraalJS reports unhandled rejections through its own builtin; Node has no such global.
if (typeof Graal === 'object' && typeof Graal.setUnhandledPromiseRejectionHandler === 'function') {
  Graal.setUnhandledPromiseRejectionHandler(taskQueues.onUnhandledRejection);
}
// A Context the host built and installed datagraal into keeps them: the host's own code may use them.
for (const name of host.isHostContext() ? [] : ['Graal', 'Polyglot', 'Packages', 'java', 'javafx', 'javax', 'com', 'org', 'edu', 'arguments']) {
  delete globalThis[name];
}

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// Modules are loaded on first use of their global, as Node does for some of them.
function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() { const value = load(); defineGlobal(name, value, enumerable); return value; },
    set(value) { defineGlobal(name, value, enumerable); },
    configurable: true, enumerable,
  });
}

defineGlobal('global', globalThis);
const timers = require('timers');
defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
defineLazyGlobal('console', () => require('internal/console').globalConsole);
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('atob', () => require('buffer').atob);
defineLazyGlobal('btoa', () => require('buffer').btoa);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
// Web Crypto's getRandomValues/randomUUID; globalThis.crypto is a getter without a setter in Node 20.
defineLazyGlobal('Crypto', () => require('internal/crypto/webcrypto').Crypto);
Object.defineProperty(globalThis, 'crypto', {
  get: Object.getOwnPropertyDescriptor({ get crypto() { return require('internal/crypto/webcrypto').crypto; } },
    'crypto').get,
  enumerable: true, configurable: true,
});
// Buffer's utf8 codec keeps the engine's TextEncoder/TextDecoder: it takes them before they are replaced.
require('internal/buffer/engine_utf8');
// util.types.isProxy and inspect's showProxy learn of every proxy made from here on.
require('internal/util/proxies').install();
// GraalJS's own TextEncoder/TextDecoder differ from Node's (encodings, errors, inspect output).
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);

// Node's MakeCallback: run one callback from the loop, report what it throws, then drain ticks.
function makeCallback(fn, ...args) {
  let result;
  try {
    result = fn(...args);
  } catch (error) {
    execution.handleUncaught(error);
  }
  taskQueues.processTicks();
  return result;
}
// The same for each datagram received (see JsCallbacks.install: a trampoline of its own).
function makeMessageCallback(onMessage, bytes, address, port) {
  try {
    onMessage(bytes, address, port);
  } catch (error) {
    execution.handleUncaught(error);
  }
  taskQueues.processTicks();
}
host.installCallbacks(makeCallback, taskQueues.processTicks, makeMessageCallback);

function runMain(mainPath) {
  require('internal/modules/cjs/loader').runMain(mainPath);
}

function runEval(source, print, name = '[eval]') {
  const result = require('internal/modules/cjs/loader').evalScript(source, name);
  if (print) console.log(result);
}

// The REPL (no script and a terminal, or -i); `evalFirst` is -e's code.
function runRepl(session, evalFirst) {
  if (evalFirst != null) runEval(evalFirst, false);
  require('internal/repl').start(session);
}

function emitBeforeExit() {
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit() {
  process._exiting = true;
  process.emit('exit', process.exitCode ?? 0);
  return require('internal/process/object').toExitCode(process.exitCode ?? 0);
}

// A Context the host built: require() as in the REPL, resolving from the working folder.
function installGlobals() {
  const { Module } = require('internal/modules/cjs/loader');
  defineGlobal('require', Module.createRequire(require('path').join(process.cwd(), '[host]')));
}

module.exports = { runMain, runEval, runRepl, emitBeforeExit, emitExit, installGlobals, EventEmitter };
