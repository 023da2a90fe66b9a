'use strict';
// Node's REPL as `node` starts it without a script: lines are evaluated in the global scope and
// their results printed with util.inspect (in color on a terminal); an incomplete statement asks
// for more with "... "; `_` and `_error` hold the last result and error; .break, .clear, .exit,
// .help, .load and .save; "Uncaught ..." for what the input throws, and for errors thrown later
// by timers, sockets or rejected promises, which do not end the session.
//
// The lines come from the Java side (a ReplSession): each read is a request in flight, so the
// loop keeps running timers and sockets while the prompt waits.
//
// What differs from Node: no completion on Tab and no preview of results while typing; top-level
// `await` works for expressions and for single `const|let|var name = await ...` declarations
// (which become global variables); the banner names datagraal.

const path = require('path');
const fs = require('fs');
const { inspect } = require('internal/util/inspect');

const modules = internalBinding('modules');

const PROMPT = '> ';
const CONTINUATION = '... ';
const HELP = [
  ['.break', 'Sometimes you get stuck, this gets you out'],
  ['.clear', 'Alias for .break'],
  ['.exit', 'Exit the REPL'],
  ['.help', 'Print this help message'],
  ['.load', 'Load JS from a file into the REPL session'],
  ['.save', 'Save all evaluated commands in this REPL session to a file'],
];

function start(session) {
  const terminal = session.isTerminal();
  const colors = terminal && process.env.NODE_DISABLE_COLORS === undefined && process.env.NO_COLOR === undefined &&
    process.env.TERM !== 'dumb';
  const write = (text) => process.stdout.write(text);
  const show = (value) => inspect(value, { colors, showProxy: true });

  let pending = '';
  let counter = 0;
  let interruptedOnce = false;
  const evaluated = [];

  defineLastValue('_', () => undefined, write);
  defineLastValue('_error', () => undefined, write);
  defineReplGlobals();

  // An error from a callback or an unhandled rejection is reported and the session goes on.
  const report = (error) => {
    setLast('_error', error);
    write(`${describeUncaught(error, show)}\n`);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);

  write(`Welcome to datagraal (Node.js ${process.version} API).\nType ".help" for more information.\n`);
  ask(PROMPT);

  function ask(prompt) {
    session.readLine(prompt, onInput);
  }

  function onInput(kind, line) {
    if (kind === 'end') {
      process.exit();
      return;
    }
    if (kind === 'interrupt') {
      // Ctrl-C: drops a statement in progress; on an empty prompt, twice in a row ends the session.
      if (pending !== '') {
        pending = '';
        interruptedOnce = false;
      } else if (interruptedOnce) {
        process.exit();
        return;
      } else {
        interruptedOnce = true;
        write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      }
      ask(PROMPT);
      return;
    }
    interruptedOnce = false;
    if (runCommand(line)) return;
    const code = `${pending}${line}\n`;
    if (code.trim() === '') {
      pending = '';
      ask(PROMPT);
      return;
    }
    const outcome = evaluate(code, `REPL${++counter}`);
    if (outcome.incomplete) {
      counter--;
      pending = code;
      ask(CONTINUATION);
      return;
    }
    pending = '';
    evaluated.push(code.replace(/\n$/, ''));
    settle(outcome, () => ask(PROMPT));
  }

  // Prints the value or the error of an evaluation, waiting for it when it awaited something.
  function settle(outcome, next) {
    if (outcome.promise) {
      outcome.promise.then(
        (value) => settle({ value }, next),
        (error) => settle({ error, thrown: true }, next));
      return;
    }
    if (outcome.syntax) {
      write(`${outcome.syntax}\n`);
    } else if (outcome.thrown) {
      setLast('_error', outcome.error);
      write(`${describeUncaught(outcome.error, show)}\n`);
    } else {
      setLast('_', outcome.value);
      write(`${show(outcome.value)}\n`);
    }
    next();
  }

  // A ".keyword rest" line; true when it was one (and it has asked for the next line).
  function runCommand(line) {
    const trimmed = line.trim();
    if (trimmed[0] !== '.' || trimmed[1] === '.' || !Number.isNaN(Number.parseFloat(trimmed))) return false;
    const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (match === null) return false;
    const [, keyword, rest] = match;
    switch (keyword) {
      case 'exit':
        process.exit();
        return true;
      case 'break': case 'clear':
        pending = '';
        break;
      case 'help': {
        const width = Math.max(...HELP.map(([name]) => name.length)) + 3;
        for (const [name, text] of HELP) write(`${name.padEnd(width)}${text}\n`);
        write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
        break;
      }
      case 'save':
        try {
          fs.writeFileSync(path.resolve(rest), `${evaluated.join('\n')}\n`);
          write(`Session saved to: ${rest}\n`);
        } catch {
          write(`Failed to save: ${rest}\n`);
        }
        break;
      case 'load': {
        let source;
        try {
          source = fs.readFileSync(path.resolve(rest), 'utf8');
        } catch {
          write(`Failed to load: ${rest}\n`);
          break;
        }
        const outcome = evaluate(source, `REPL${++counter}`);
        if (outcome.incomplete) outcome.syntax = describeSyntaxError(outcome.error);
        evaluated.push(source);
        settle(outcome, () => ask(PROMPT));
        return true;
      }
      default:
        write('Invalid REPL keyword\n');
    }
    ask(PROMPT);
    return true;
  }
}

// Evaluates `code` as a script in the global scope: { value } or { error, thrown }; a syntax error
// at the end of the input is { incomplete }; one elsewhere is { syntax } (the text to print);
// code that awaits at top level gives { promise }.
function evaluate(code, name) {
  // A line like `{ a: 1 }` is an object, not a block, as in Node.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) {
    const asObject = tryRun(`(${code.replace(/\n$/, '')}\n)`, name);
    if (!asObject.syntaxError) return asObject;
  }
  const outcome = tryRun(code, name);
  if (!outcome.syntaxError) return outcome;
  const error = outcome.error;
  if (isIncomplete(error, code)) return { incomplete: true, error };
  if (/\bawait\b/.test(code) && /await is only valid/.test(String(error.message))) {
    const awaited = runAwaiting(code, name);
    if (awaited !== null) return awaited;
  }
  return { syntax: describeSyntaxError(error) };
}

function tryRun(code, name) {
  try {
    return { value: modules.evalScript(code, name) };
  } catch (error) {
    if (error instanceof SyntaxError && String(error.message).startsWith(`${name}:`)) return { syntaxError: true, error };
    return { error, thrown: true };
  }
}

// Top-level await: the input runs in an async function; a single declaration is kept as a global.
function runAwaiting(code, name) {
  const body = code.replace(/;?\s*$/, '');
  const declaration = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=([\s\S]*)$/.exec(body);
  const attempts = declaration === null ?
    [`(async () => (${body}\n))()`, `(async () => { ${body}\n })()`] :
    [`var ${declaration[1]}; (async () => { ${declaration[1]} = (${declaration[2]}\n); })()`];
  for (const wrapped of attempts) {
    const outcome = tryRun(wrapped, name);
    if (outcome.syntaxError) continue;
    if (outcome.thrown) return outcome;
    return { promise: Promise.resolve(outcome.value) };
  }
  return null;
}

// GraalJS ends the message of a syntax error at the end of the input with "found eof"; an
// unterminated template literal may go on on the next line too.
function isIncomplete(error, code) {
  const message = String(error.message);
  if (/but found eof/.test(message)) return true;
  return /Missing close quote/.test(message) && (code.split('`').length - 1) % 2 === 1;
}

// Node's layout: the line, a caret under the error, a blank line, "Uncaught SyntaxError: ...".
// GraalJS's message is "<name>:<line>:<column> <text>\n<source line>\n<caret>".
function describeSyntaxError(error) {
  const [first, ...context] = String(error.message).replace(/\n+$/, '').split('\n');
  const text = first.replace(/^[^:]+:\d+:\d+ /, '');
  const excerpt = context.length >= 2 ? `${context.join('\n')}\n\n` : '';
  return `${excerpt}Uncaught SyntaxError: ${text}`;
}

// "Uncaught <error>": an error's stack with the frames of named functions the input defined, down
// to the first other frame (the input's top level, an anonymous callback, the REPL's own), inspected
// when the error has properties of its own; anything else thrown is inspected.
function describeUncaught(error, show) {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return `Uncaught ${show(error)}`;
  const lines = error.stack.split('\n');
  const frames = [];
  let index = 1;
  while (index < lines.length && !lines[index].startsWith('    at ')) index++;
  const header = lines.slice(0, index);
  for (; index < lines.length; index++) {
    if (!/^    at [^<]*[^\s<] \(REPL\d+:\d+:\d+\)$/.test(lines[index]) || lines[index].includes('<anonymous>')) break;
    frames.push(lines[index]);
  }
  const trimmed = [...header, ...frames].join('\n');
  // As Node, the error keeps the trimmed stack (`_error` shows it so).
  try {
    Object.defineProperty(error, 'stack', { value: trimmed, writable: true, configurable: true, enumerable: false });
  } catch {
    // A frozen error keeps its stack.
  }
  const ownKeys = Object.keys(error).filter((key) => key !== 'stack' && key !== 'message');
  return ownKeys.length === 0 ? `Uncaught ${trimmed}` : `Uncaught ${show(error)}`;
}

// `_` and `_error` follow each result until the user assigns one of them, as in Node.
const lastValues = new Map();
function defineLastValue(name, initial, write) {
  lastValues.set(name, { value: initial(), assigned: false });
  Object.defineProperty(globalThis, name, {
    get() { return lastValues.get(name).value; },
    set(value) {
      const state = lastValues.get(name);
      if (!state.assigned) {
        state.assigned = true;
        write(`Expression assignment to ${name} now disabled.\n`);
      }
      state.value = value;
    },
    configurable: true,
    enumerable: false,
  });
}

function setLast(name, value) {
  const state = lastValues.get(name);
  if (state !== undefined && !state.assigned) state.value = value;
}

// What the REPL's global scope offers besides the usual globals: require() and module relative to
// the working directory, and the built-in modules by name (`fs`, `dgram`, ...), loaded on first use.
function defineReplGlobals() {
  const { Module } = require('internal/modules/cjs/loader');
  const replModule = new Module('<repl>', null);
  replModule.filename = path.join(process.cwd(), '<repl>');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  const define = (name, value) => Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: false,
  });
  define('module', replModule);
  define('require', Module.createRequire(replModule.filename));
  define('exports', replModule.exports);
  const loader = require('internal/bootstrap/loader_access');
  for (const id of Module.builtinModules) {
    if (!/^[a-z_]+$/.test(id) || id in globalThis || !loader.hasBuiltin(id)) continue;
    Object.defineProperty(globalThis, id, {
      get() {
        const value = globalThis.require(id);
        define(id, value);
        return value;
      },
      set(value) { define(id, value); },
      configurable: true,
      enumerable: false,
    });
  }
}

module.exports = { start, evaluate, describeUncaught };
