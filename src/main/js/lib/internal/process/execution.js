'use strict';
// What happens to an exception no JS code caught: 'uncaughtException' listeners, or Node's
// fatal report on stderr (the throwing line with a caret, the inspected error, the version) and
// exit code 1.

// The head ModulesBinding.compileCommonJs puts before a CommonJS file's first line.
const CJS_HEAD = '(function (exports, require, module, __filename, __dirname) { ';

let host;
let readSourceLine = () => undefined;

function setup(hostBindings) {
  host = hostBindings;
  const fs = host.binding('fs');
  readSourceLine = (file, line) => {
    const text = fs.readFileUtf8(file.startsWith('file://') ? require('internal/url').fileURLToPath(file) : file);
    return text == null ? undefined : text.split(/\r?\n/)[line - 1];
  };
}

// `origin` is what 'uncaughtException' listeners get: 'unhandledRejection' for a rejection nobody handled.
function handleUncaught(error, origin = 'uncaughtException') {
  if (process._exiting) throw error;
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', error, origin);
      return;
    } catch (secondError) {
      reportFatal(secondError);
      exitAfterFatal(7);
    }
  }
  reportFatal(error);
  exitAfterFatal(1);
}

function exitAfterFatal(code) {
  process.exitCode = code;
  process._exiting = true;
  try {
    process.emit('exit', code);
  } catch {
    // An 'exit' listener that throws cannot change the outcome any more.
  }
  host.binding('process').reallyExit(code);
}

// The first "at ... (file:line:col)" frame of a stack that points into a readable user file
// (an ES module's frames name its file:// URL).
function throwSite(stack) {
  const match = /\n\s+at (?:.*?\()?((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^:()]+):(\d+):(\d+)\)?/.exec(stack);
  if (!match) return undefined;
  return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
}

function reportFatal(error) {
  const { inspect } = require('internal/util/inspect');
  const isError = error instanceof Error || (error !== null && typeof error === 'object' && typeof error.stack === 'string');
  let report = '';
  const site = isError ? throwSite(String(error.stack)) : undefined;
  if (site) {
    const sourceLine = readSourceLine(site.file, site.line);
    if (sourceLine !== undefined) {
      // Line 1 of a CommonJS file shares its line with the module wrapper: columns count it too.
      if (site.line === 1 && !site.file.startsWith('file://')) {
        if (site.column > CJS_HEAD.length) site.column -= CJS_HEAD.length;
      }
      // V8 points at the throw statement; the stack's frame points at the error's construction.
      const throwAt = /\bthrow\s+$/.exec(sourceLine.slice(0, site.column - 1));
      if (throwAt) site.column = throwAt.index + 1;
      report += `${site.file}:${site.line}\n${sourceLine}\n${' '.repeat(Math.max(0, site.column - 1))}^\n\n`;
    }
  }
  if (isError) {
    report += `${inspect(error)}\n`;
  } else {
    report += `Uncaught ${inspect(error)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  report += `\nNode.js ${process.version}\n`;
  host.binding('process').writeStderr(report);
}

module.exports = { setup, handleUncaught, reportFatal };
