'use strict';
// The named exports an ES module sees on a CommonJS module. Node finds them by static analysis
// of the source (its cjs-module-lexer); this is a smaller analysis of the same forms:
//   exports.a = ...            module.exports.a = ...        exports['a'] = ...
//   Object.defineProperty(exports, 'a', { value: ... })   (also on module.exports), or with
//     { enumerable: true, get() { return x.y; } } (a getter returning a name or member); a
//     descriptor of any other form takes the name out
//   module.exports = { a, b: c, 'd': e, ...f }   (keys up to the first value that is not a name)
//   module.exports = require('x') (the last one), __exportStar(require('x')), __export(require('x'))
//     (re-exports)
// It tokenizes the source (strings, templates, comments and regular expressions skipped, the
// latter told from division by the token before them) and matches token sequences; it does not
// follow scopes, so, like Node's lexer, it also counts assignments inside functions.

const punctuators = ['===', '!==', '...', '==', '!=', '=>', '<=', '>=', '?.', '??', '&&', '||'];
const regexAfterWords = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'instanceof', 'yield', 'await']);

function isIdentifierStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || c > '\x7f';
}

function isIdentifierPart(c) {
  return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

// Tokens: { type: 'name' | 'string' | 'punct' | 'other', value }.
function tokenize(source) {
  const tokens = [];
  const braceStack = []; // for each open '{': whether it opened a template substitution
  let i = 0;
  const n = source.length;
  const last = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const token = last();
    if (token === undefined) return true;
    if (token.type === 'name') return regexAfterWords.has(token.value);
    if (token.type === 'punct') return token.value !== ')' && token.value !== ']';
    return false;
  };
  // Scans template text from i (after ` or }) to the closing ` or a ${.
  const scanTemplate = () => {
    while (i < n) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        tokens.push({ type: 'other', value: '`' });
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        braceStack.push(true);
        tokens.push({ type: 'punct', value: '(' });
        return;
      } else {
        i++;
      }
    }
  };
  while (i < n) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff') {
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '\'' || c === '"') {
      let value = '';
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else {
          value += source[i++];
        }
      }
      i++;
      tokens.push({ type: 'string', value });
    } else if (c === '`') {
      i++;
      scanTemplate();
    } else if (c === '{') {
      braceStack.push(false);
      tokens.push({ type: 'punct', value: '{' });
      i++;
    } else if (c === '}') {
      i++;
      if (braceStack.pop()) {
        tokens.push({ type: 'punct', value: ')' });
        scanTemplate();
      } else {
        tokens.push({ type: 'punct', value: '}' });
      }
    } else if (c === '/' && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < n && source[i] !== '\n') {
        const d = source[i];
        if (d === '\\') {
          i += 2;
          continue;
        }
        i++;
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      while (i < n && isIdentifierPart(source[i])) i++;
      tokens.push({ type: 'other', value: 'regex' });
    } else if (isIdentifierStart(c)) {
      const start = i;
      while (i < n && isIdentifierPart(source[i])) i++;
      tokens.push({ type: 'name', value: source.slice(start, i) });
    } else if (c >= '0' && c <= '9') {
      while (i < n && (isIdentifierPart(source[i]) || source[i] === '.')) i++;
      tokens.push({ type: 'other', value: 'number' });
    } else {
      const punctuator = punctuators.find((p) => source.startsWith(p, i)) ?? c;
      tokens.push({ type: 'punct', value: punctuator });
      i += punctuator.length;
    }
  }
  return tokens;
}

const isPunct = (token, value) => token?.type === 'punct' && token.value === value;
const isName = (token, value) => token?.type === 'name' && (value === undefined || token.value === value);

// The length of an `exports` or `module.exports` reference at i (not a property of something else), else 0.
function exportsReferenceAt(tokens, i) {
  if (isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], '?.')) return 0;
  if (isName(tokens[i], 'exports')) return 1;
  if (isName(tokens[i], 'module') && isPunct(tokens[i + 1], '.') && isName(tokens[i + 2], 'exports')) return 3;
  return 0;
}

// require('x') at i: the specifier, else undefined.
function requireAt(tokens, i) {
  if (isName(tokens[i], 'require') && isPunct(tokens[i + 1], '(') && tokens[i + 2]?.type === 'string' &&
      isPunct(tokens[i + 3], ')')) {
    return tokens[i + 2].value;
  }
  return undefined;
}

// `{ a, b: c, 'd': e, ...f }` from i (the '{'): adds keys until a form it does not know.
function readObjectLiteral(tokens, i, names, reexports) {
  let j = i + 1;
  for (;;) {
    const token = tokens[j];
    if (token === undefined || isPunct(token, '}')) return;
    if (isPunct(token, '...')) {
      const reexport = requireAt(tokens, j + 1);
      if (reexport !== undefined) {
        reexports.push(reexport);
        j += 5;
      } else if (isName(tokens[j + 1])) {
        j += 2;
        while (isPunct(tokens[j], '.') && isName(tokens[j + 1])) j += 2;
      } else {
        return;
      }
    } else if (token.type === 'name' || token.type === 'string') {
      const next = tokens[j + 1];
      if (token.type === 'name' && (isPunct(next, ',') || isPunct(next, '}'))) {
        names.add(token.value);
        j += 1;
      } else if (token.type === 'name' && isPunct(next, '(')) {
        // A method counts, and ends the literal.
        names.add(token.value);
        return;
      } else if (isPunct(next, ':')) {
        // `key: name` counts (and ends the literal unless a comma or the brace follows).
        if (!isName(tokens[j + 2])) return;
        names.add(token.value);
        j += 3;
      } else {
        return;
      }
    } else {
      return;
    }
    if (isPunct(tokens[j], ',')) j++;
    else if (!isPunct(tokens[j], '}')) return;
  }
}

// `{ value: ...` or `{ enumerable: true, get: function () { return a.b['c']; } }` (get() too) at i.
function isExportDescriptor(tokens, i) {
  if (!isPunct(tokens[i], '{')) return false;
  if (isName(tokens[i + 1], 'value') && isPunct(tokens[i + 2], ':')) return true;
  if (!isName(tokens[i + 1], 'enumerable') || !isPunct(tokens[i + 2], ':') || !isName(tokens[i + 3], 'true') ||
      !isPunct(tokens[i + 4], ',') || !isName(tokens[i + 5], 'get')) {
    return false;
  }
  let j = i + 6;
  if (isPunct(tokens[j], ':') && isName(tokens[j + 1], 'function')) j += 2;
  if (!isPunct(tokens[j], '(') || !isPunct(tokens[j + 1], ')') || !isPunct(tokens[j + 2], '{') ||
      !isName(tokens[j + 3], 'return') || !isName(tokens[j + 4])) {
    return false;
  }
  j += 5;
  for (;;) {
    if (isPunct(tokens[j], '.') && isName(tokens[j + 1])) j += 2;
    else if (isPunct(tokens[j], '[') && tokens[j + 1]?.type === 'string' && isPunct(tokens[j + 2], ']')) j += 3;
    else break;
  }
  if (isPunct(tokens[j], ';')) j++;
  return isPunct(tokens[j], '}');
}

// { names: Set of export names, reexports: [specifiers of modules whose names are re-exported] }.
function detectCommonJsExports(source) {
  const tokens = tokenize(source);
  const names = new Set();
  const reexports = [];
  let assignedReexport; // only the last module.exports = require('x') counts
  const unsafe = new Set(); // names defined by a descriptor of an unknown form
  for (let i = 0; i < tokens.length; i++) {
    const reference = exportsReferenceAt(tokens, i);
    if (reference > 0) {
      const j = i + reference;
      if (isPunct(tokens[j], '.') && isName(tokens[j + 1]) && isPunct(tokens[j + 2], '=')) {
        names.add(tokens[j + 1].value);
      } else if (isPunct(tokens[j], '[') && tokens[j + 1]?.type === 'string' && isPunct(tokens[j + 2], ']') &&
          isPunct(tokens[j + 3], '=')) {
        names.add(tokens[j + 1].value);
      } else if (reference === 3 && isPunct(tokens[j], '=')) {
        if (isPunct(tokens[j + 1], '{')) readObjectLiteral(tokens, j + 1, names, reexports);
        const reexport = requireAt(tokens, j + 1);
        if (reexport !== undefined) assignedReexport = reexport;
      }
      i += reference - 1;
      continue;
    }
    const token = tokens[i];
    if (isName(token, 'Object') && isPunct(tokens[i + 1], '.') && isName(tokens[i + 2], 'defineProperty') &&
        isPunct(tokens[i + 3], '(')) {
      const length = exportsReferenceAt(tokens, i + 4);
      const key = tokens[i + 4 + length + 1];
      if (length > 0 && isPunct(tokens[i + 4 + length], ',') && key?.type === 'string') {
        // A getter of another form may compute anything: the name is left out, as Node does.
        if (isPunct(tokens[i + 4 + length + 2], ',') && isExportDescriptor(tokens, i + 4 + length + 3)) {
          names.add(key.value);
        } else {
          unsafe.add(key.value);
        }
      }
    } else if (isName(token, '__exportStar') || isName(token, '__export')) {
      let j = i + 1;
      if (isPunct(tokens[j], ')')) j++;
      if (isPunct(tokens[j], '(')) {
        const reexport = requireAt(tokens, j + 1);
        if (reexport !== undefined) reexports.push(reexport);
      }
    }
  }
  if (assignedReexport !== undefined) reexports.push(assignedReexport);
  for (const name of unsafe) names.delete(name);
  return { names, reexports };
}

module.exports = { detectCommonJsExports };
