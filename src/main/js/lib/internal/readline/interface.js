'use strict';
// readline's Interface: splits an input stream into lines ('line'), asks questions, writes the
// prompt to the output, and ends with 'close' when the input ends or close() is called.
//
// Lines end at \n, \r\n or \r; a \r at the end of one chunk and a \n at the start of the next
// (within crlfDelay ms) are one line end. Input is decoded as UTF-8 without splitting characters.
//
// datagraal reads input line by line as the operating system hands it over: it does not put a
// terminal into raw mode, so `terminal` is always false (no line editing, history or completion
// by readline itself; a terminal's own line editing still works).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { validateAbortSignal, validateNumber, validateUint32, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const lineEnding = /\r\n|\n|\r/g;
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kLineBuffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kDecoder = Symbol('_decoder');
const kLineIterator = Symbol('_lineIterator');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kWriteToOutput = Symbol('_writeToOutput');
const kQuestion = Symbol('_question');
const kQuestionCancel = Symbol('_questionCancel');

// The shared base of readline.Interface (callback questions) and readline/promises' Interface.
function InterfaceConstructor(input, output, completer, terminal) {
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = 500;
  this.tabSize = 8;
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  // No raw mode here: see the head of this file.
  this.terminal = false;
  this[kPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kDecoder] = new StringDecoder('utf8');

  const onError = (error) => this.emit('error', error);
  const onData = (data) => this[kNormalWrite](data);
  const onEnd = () => {
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) this.emit('line', this[kLineBuffer]);
    this.close();
  };
  input.on('error', onError);
  input.on('data', onData);
  input.on('end', onEnd);
  const onAborted = () => this.close();
  this.once('close', () => {
    input.removeListener('data', onData);
    input.removeListener('error', onError);
    input.removeListener('end', onEnd);
    signal?.removeEventListener('abort', onAborted);
  });
  if (signal) {
    if (signal.aborted) process.nextTick(onAborted);
    else signal.addEventListener('abort', onAborted, { once: true });
  }
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

Object.defineProperty(InterfaceConstructor.prototype, 'columns', {
  get() { return this.output?.columns || Infinity; },
  configurable: true, enumerable: true,
});

InterfaceConstructor.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

InterfaceConstructor.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

InterfaceConstructor.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  this[kWriteToOutput](this[kPrompt]);
};

InterfaceConstructor.prototype[kWriteToOutput] = function writeToOutput(text) {
  validateString(text, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

InterfaceConstructor.prototype[kQuestion] = function askQuestion(query, callback) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this[kQuestionCallback]) {
    this.prompt();
  } else {
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = callback;
    this.prompt();
  }
};

InterfaceConstructor.prototype[kQuestionCancel] = function cancelQuestion() {
  if (this[kQuestionCallback]) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

// An answered question takes the line; otherwise it is a 'line' event.
InterfaceConstructor.prototype[kOnLine] = function onLine(line) {
  const callback = this[kQuestionCallback];
  if (callback) {
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    callback(line);
  } else {
    this.emit('line', line);
  }
};

InterfaceConstructor.prototype.clearLine = function clearLine() {
  this[kWriteToOutput]('\r\n');
  this.line = '';
};

InterfaceConstructor.prototype[kNormalWrite] = function normalWrite(data) {
  if (data === undefined) return;
  let text = this[kDecoder].write(data);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (text.charCodeAt(0) === 10) text = text.slice(1);
    this[kSawReturnAt] = 0;
  }
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(text)) {
    if (text) this[kLineBuffer] = (this[kLineBuffer] ?? '') + text;
    return;
  }
  if (this[kLineBuffer]) {
    text = this[kLineBuffer] + text;
    this[kLineBuffer] = null;
  }
  this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
  const lines = text.split(lineEnding);
  this[kLineBuffer] = lines.pop();
  for (const line of lines) {
    this[kOnLine](line);
    // A 'line' listener may close the interface: the rest of the chunk is dropped then.
    if (this.closed) return;
  }
};

InterfaceConstructor.prototype.write = function write(data) {
  if (this.paused) this.resume();
  this[kNormalWrite](data);
};

InterfaceConstructor.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

InterfaceConstructor.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

InterfaceConstructor.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

InterfaceConstructor.prototype.getCursorPos = function getCursorPos() {
  const text = `${this[kPrompt]}${this.line}`;
  return { rows: 0, cols: text.length };
};

// for await (const line of rl): the lines from now on, ending at 'close'; up to 1024 wait while
// the input is paused.
InterfaceConstructor.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLineIterator] === undefined) {
    const events = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024 });
    this[kLineIterator] = Object.setPrototypeOf({
      next: () => events.next().then((result) => (result.done ? result : { value: result.value[0], done: false })),
      return: () => events.return(),
      throw: (error) => events.throw(error),
    }, AsyncIteratorPrototype);
  }
  return this[kLineIterator];
};

module.exports = { InterfaceConstructor, kQuestion, kQuestionCancel };
