'use strict';
// package.json files as the module loaders read them: the fields that matter for resolution,
// each file read once, and the package scope (the nearest package.json) of a file.

const path = require('path');
const fs = internalBinding('fs');

const cache = new Map();
const missing = Object.freeze({ exists: false });

// The package.json at `jsonPath`: { exists, name, main, exports, imports, type, jsonPath }.
// Invalid JSON throws what `onInvalid(jsonPath, error)` builds.
function read(jsonPath, onInvalid) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  const text = fs.readFileUtf8(jsonPath);
  if (text == null) {
    cache.set(jsonPath, missing);
    return missing;
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw onInvalid(jsonPath, error);
  }
  const record = {
    exists: true,
    jsonPath,
    name: typeof data?.name === 'string' ? data.name : undefined,
    main: typeof data?.main === 'string' ? data.main : undefined,
    exports: data?.exports,
    imports: data?.imports,
    type: data?.type === 'module' || data?.type === 'commonjs' ? data.type : 'none',
  };
  cache.set(jsonPath, record);
  return record;
}

// Node's CommonJS wording for an unreadable package.json.
function invalidForRequire(jsonPath, error) {
  error.path = jsonPath;
  error.message = `Error parsing ${jsonPath}: ${error.message}`;
  return error;
}

// The nearest package.json above `filename`, not looking past a node_modules folder.
function scopeOf(filename, onInvalid = invalidForRequire) {
  let directory = path.dirname(filename);
  for (;;) {
    if (path.basename(directory) === 'node_modules') return undefined;
    const record = read(path.join(directory, 'package.json'), onInvalid);
    if (record.exists) return record;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

// 'module', 'commonjs' or 'none': the "type" of the package scope of `filename`.
function typeOf(filename) {
  return scopeOf(filename)?.type ?? 'none';
}

module.exports = { read, scopeOf, typeOf, invalidForRequire };
