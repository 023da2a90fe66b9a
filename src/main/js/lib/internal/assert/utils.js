'use strict';
// assert.ok and its message: when no message is passed, Node quotes the source of the failing
// call, read from the caller's file at the position its stack frame names:
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof value === 'string')
//
// The call is found with a small tokenizer (strings, templates, comments, regular expressions,
// brackets) rather than a full parser: from the frame's position, the call expression around it
// is the callee chain (names, `.`/`?.`, indexing, calls) and its argument list.

const { AssertionError } = require('internal/assert/assertion_error');

let fsBinding;
function readSource(filename) {
  if (fsBinding === undefined) {
    try {
      fsBinding = typeof internalBinding === 'function' ? internalBinding('fs') : null;
    } catch {
      fsBinding = null;
    }
  }
  if (fsBinding === null) return null;
  try {
    return fsBinding.readFileUtf8(filename) ?? null;
  } catch {
    return null;
  }
}

// The CommonJS wrapper's head shares the first line of every module, shifting that line's columns.
const moduleWrapperHead = '(function (exports, require, module, __filename, __dirname) { ';

// ---------------------------------------------------------------------------------------------
// Tokens: { kind, value, start, end }, kind one of name, number, string, template, regexp,
// punct. Brackets are paired in `partner` (index of the matching bracket token).

const punctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**',
];

// Words after which an expression starts, so `(` is no call and `/` starts a regular expression.
const operatorWords = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'let', 'new', 'of', 'return', 'switch', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield',
]);

const namePattern = /[\p{ID_Start}$_#\\][\p{ID_Continue}$\u200c\u200d\\]*/uy;
const numberPattern = /(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)n?/y;

function endsOperand(token) {
  if (token === undefined) return false;
  switch (token.kind) {
    case 'name': return !operatorWords.has(token.value);
    case 'punct': return token.value === ')' || token.value === ']' || token.value === '}';
    default: return true;
  }
}

class Tokenizer {
  constructor(code) {
    this.code = code;
    this.tokens = [];
  }

  // Tokens from `pos` on; inside a template substitution, up to its closing brace. Returns the
  // position after that brace (or the end of the code).
  run(pos, insideSubstitution) {
    const { code, tokens } = this;
    const open = [];
    while (pos < code.length) {
      const ch = code[pos];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f' ||
          ch === '\u00a0' || ch === '\ufeff' || ch === '\u2028' || ch === '\u2029') {
        pos++;
      } else if (ch === '/' && code[pos + 1] === '/') {
        const lineEnd = code.indexOf('\n', pos);
        pos = lineEnd === -1 ? code.length : lineEnd;
      } else if (ch === '/' && code[pos + 1] === '*') {
        const commentEnd = code.indexOf('*/', pos + 2);
        pos = commentEnd === -1 ? code.length : commentEnd + 2;
      } else if (ch === '"' || ch === "'") {
        pos = this.push('string', pos, this.skipQuoted(pos, ch));
      } else if (ch === '`') {
        pos = this.push('template', pos, this.skipTemplate(pos));
      } else if (ch === '/' && !endsOperand(tokens[tokens.length - 1])) {
        pos = this.push('regexp', pos, this.skipRegExp(pos));
      } else if ((ch >= '0' && ch <= '9') || (ch === '.' && code[pos + 1] >= '0' && code[pos + 1] <= '9')) {
        numberPattern.lastIndex = pos;
        numberPattern.exec(code);
        pos = this.push('number', pos, Math.max(numberPattern.lastIndex, pos + 1));
      } else if (this.nameAt(pos) > pos) {
        pos = this.push('name', pos, this.nameAt(pos));
      } else if (ch === '(' || ch === '[' || ch === '{') {
        open.push(tokens.length);
        pos = this.push('punct', pos, pos + 1);
      } else if (ch === ')' || ch === ']' || ch === '}') {
        if (ch === '}' && insideSubstitution && open.length === 0) return pos + 1;
        const index = tokens.length;
        pos = this.push('punct', pos, pos + 1);
        if (open.length > 0) {
          const opener = open.pop();
          tokens[opener].partner = index;
          tokens[index].partner = opener;
        }
      } else {
        const operator = punctuators.find((candidate) => code.startsWith(candidate, pos));
        // `a?.5:1` is a conditional, not optional chaining.
        const length = operator === '?.' && code[pos + 2] >= '0' && code[pos + 2] <= '9' ? 1 : (operator?.length ?? 1);
        pos = this.push('punct', pos, pos + length);
      }
    }
    return pos;
  }

  nameAt(pos) {
    namePattern.lastIndex = pos;
    return namePattern.test(this.code) ? namePattern.lastIndex : pos;
  }

  push(kind, start, end) {
    this.tokens.push({ kind, value: this.code.slice(start, end), start, end, partner: -1 });
    return end;
  }

  skipQuoted(pos, quote) {
    const { code } = this;
    for (let i = pos + 1; i < code.length; i++) {
      if (code[i] === '\\') i++;
      else if (code[i] === quote || code[i] === '\n') return i + 1;
    }
    return code.length;
  }

  skipTemplate(pos) {
    const { code } = this;
    for (let i = pos + 1; i < code.length; i++) {
      if (code[i] === '\\') {
        i++;
      } else if (code[i] === '`') {
        return i + 1;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        // The substitution's tokens are not needed: a nested tokenizer only finds where it ends.
        i = new Tokenizer(code).run(i + 2, true) - 1;
      }
    }
    return code.length;
  }

  skipRegExp(pos) {
    const { code } = this;
    let inClass = false;
    for (let i = pos + 1; i < code.length; i++) {
      const ch = code[i];
      if (ch === '\\') {
        i++;
      } else if (ch === '\n') {
        return i;
      } else if (inClass) {
        if (ch === ']') inClass = false;
      } else if (ch === '[') {
        inClass = true;
      } else if (ch === '/') {
        return Math.max(this.nameAt(i + 1), i + 1);
      }
    }
    return code.length;
  }
}

// The first token of the operand chain that ends with tokens[index]: `a.b[c](d).e` from `e`.
function chainStart(tokens, index) {
  let first = tokens[index].partner !== -1 && isCloser(tokens[index]) ? tokens[index].partner : index;
  for (;;) {
    const before = tokens[first - 1];
    if (before === undefined) return first;
    if (before.kind === 'punct' && (before.value === '.' || before.value === '?.')) {
      const operand = tokens[first - 2];
      if (!endsOperand(operand)) return first;
      first = isCloser(operand) && operand.partner !== -1 ? operand.partner : first - 2;
    } else if ((isOpener(tokens[first], '(') || isOpener(tokens[first], '[') || tokens[first].kind === 'template') &&
               endsOperand(before) && before.value !== '}') {
      first = isCloser(before) && before.partner !== -1 ? before.partner : first - 1;
    } else if (before.kind === 'name' && before.value === 'new') {
      return first - 1;
    } else {
      return first;
    }
  }
}

function isOpener(token, value) {
  return token.kind === 'punct' && token.value === value;
}

function isCloser(token) {
  return token.kind === 'punct' && (token.value === ')' || token.value === ']' || token.value === '}');
}

// The argument list's `(` of the call whose callee chain continues from tokens[index].
function argumentsAfter(tokens, index) {
  let i = index;
  if (tokens[i].partner !== -1 && !isCloser(tokens[i])) i = tokens[i].partner;
  for (;;) {
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== 'punct') {
      if (next?.kind === 'template') {
        i++;
        continue;
      }
      return -1;
    }
    if (next.value === '(') return i + 1;
    if (next.value === '[' && next.partner !== -1) {
      i = next.partner;
    } else if (next.value === '.' || next.value === '?.') {
      const after = tokens[i + 2];
      if (after === undefined) return -1;
      if (next.value === '?.' && after.kind === 'punct' && after.value === '(') return i + 2;
      if (after.kind === 'punct' && after.value === '[' && after.partner !== -1) i = after.partner;
      else if (after.kind === 'name') i += 2;
      else return -1;
    } else {
      return -1;
    }
  }
}

// [start, end) of the innermost call expression around `offset`, or undefined.
function findCall(code, offset) {
  const tokenizer = new Tokenizer(code);
  tokenizer.run(0, false);
  const { tokens } = tokenizer;
  let index = tokens.findIndex((token) => token.end > offset);
  if (index === -1) return undefined;
  let open;
  const token = tokens[index];
  if (isOpener(token, '(') && (endsOperand(tokens[index - 1]) || tokens[index - 1]?.value === '?.')) {
    // The position is the argument list's own parenthesis. A callee that is itself a call ends
    // right there, which makes that call the innermost one around the position: `f(a)(b)`.
    open = index;
    index = tokens[index - 1].value === '?.' ? index - 2 : index - 1;
    if (index < 0) return undefined;
    const calleeEnd = tokens[index];
    if (calleeEnd.value === ')' && calleeEnd.kind === 'punct' && calleeEnd.partner > 0 &&
        endsOperand(tokens[calleeEnd.partner - 1])) {
      open = calleeEnd.partner;
      index = open - 1;
    }
  } else {
    open = argumentsAfter(tokens, index);
  }
  if (open === -1 || tokens[open].partner === -1) return undefined;
  const first = chainStart(tokens, index);
  return [tokens[first].start, tokens[tokens[open].partner].end];
}

const controlCharacterNames = { '\b': '\\b', '\f': '\\f' };

function escapeControlCharacters(text) {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (ch) =>
    controlCharacterNames[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Where the code calling `assert` sits: the first frame of the stack outside assert itself.
function callerLocation() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  let i = lines.findIndex((line) => line.startsWith('    at '));
  if (i === -1) return undefined;
  while (i < lines.length && /\((?:node:assert|node:internal\/assert\/)[^)]*\)$/.test(lines[i])) i++;
  const frame = lines[i];
  if (frame === undefined) return undefined;
  const match = /^ {4}at (?:.* \()?(.+):(\d+):(\d+)\)?$/.exec(frame);
  if (match === null) return undefined;
  return { filename: match[1], line: Number(match[2]), column: Number(match[3]) };
}

const messageCache = new Map();

function sourceMessage() {
  const location = callerLocation();
  if (location === undefined) return undefined;
  const { filename, line } = location;
  if (filename.startsWith('node:') || !filename.startsWith('/')) return undefined;
  const key = `${filename}:${line}:${location.column}`;
  if (messageCache.has(key)) return messageCache.get(key);
  let message;
  try {
    message = buildSourceMessage(filename, line, location.column);
  } catch {
    message = undefined;
  }
  messageCache.set(key, message);
  return message;
}

function buildSourceMessage(filename, line, column) {
  let source = readSource(filename);
  if (typeof source !== 'string') return undefined;
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  let lineStart = 0;
  for (let n = 1; n < line; n++) {
    lineStart = source.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  let offset = column - 1;
  if (line === 1 && offset >= moduleWrapperHead.length) offset -= moduleWrapperHead.length;
  const code = source.slice(lineStart, lineStart + offset + 2500);
  const span = findCall(code, offset);
  if (span === undefined) return undefined;
  const [start, end] = span;
  const lines = escapeControlCharacters(code.slice(start, end)).split('\n');
  // Continuation lines lose the indentation the call itself has on its first line.
  let text = lines[0];
  for (let i = 1; i < lines.length; i++) {
    let cut = 0;
    while (cut < start && (lines[i][cut] === ' ' || lines[i][cut] === '\t')) cut++;
    text += `\n  ${lines[i].slice(cut)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

function innerOk(fn, argumentCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argumentCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = sourceMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

module.exports = { innerOk, findCall };
