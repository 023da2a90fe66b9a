'use strict';
// CommonJS modules as Node loads them: resolution of relative, absolute and bare specifiers
// (node_modules walk, package.json "main"), .js/.json/.cjs files, the require cache, cycles
// returning the partial exports, and the built-ins with or without the node: prefix.

const path = require('path');
const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const host = internalBinding('modules');
const fs = internalBinding('fs');

// Node's built-in module names; those datagraal does not provide fail with a clear message.
const nodeBuiltinNames = new Set([
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants',
  'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events', 'fs', 'fs/promises',
  'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32',
  'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises',
  'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
]);
const prefixOnlyBuiltins = new Set(['test', 'test/reporters', 'sea']);

function isBuiltinRequest(request) {
  if (request.startsWith('node:')) return true;
  return nodeBuiltinNames.has(request);
}

function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  const known = nodeBuiltinNames.has(id) || prefixOnlyBuiltins.has(id);
  if (!known) {
    const error = new Error(`No such built-in module: ${request}`);
    error.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw error;
  }
  if (id === 'module') return Module;
  if (!require('internal/bootstrap/loader_access').hasBuiltin(id)) {
    const error = new Error(`Cannot find module '${request}': the Node.js built-in module '${id}' ` +
      'is not supported by datagraal yet');
    error.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw error;
  }
  return require(id);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  if (parent) parent.children.push(this);
}

Module._cache = Object.create(null);
Module.builtinModules = [...nodeBuiltinNames];
Module.isBuiltin = (request) => isBuiltinRequest(request) &&
  (nodeBuiltinNames.has(request.replace(/^node:/, '')) || prefixOnlyBuiltins.has(request.replace(/^node:/, '')));

// The node_modules folders searched from a folder up to the root.
Module._nodeModulePaths = function nodeModulePaths(from) {
  const absolute = path.resolve(from);
  const paths = [];
  let current = absolute;
  for (;;) {
    if (!current.endsWith('/node_modules')) paths.push(current === '/' ? '/node_modules' : `${current}/node_modules`);
    if (current === '/') break;
    current = path.dirname(current);
  }
  return paths;
};

function statKind(file) {
  const kind = fs.stat(file);
  return kind === 0 ? 'file' : (kind === 1 ? 'directory' : undefined);
}

const extensions = ['.js', '.json', '.cjs'];

function tryFile(file) {
  return statKind(file) === 'file' ? fs.realpath(file) : undefined;
}

function tryExtensions(base) {
  for (const extension of extensions) {
    const found = tryFile(base + extension);
    if (found) return found;
  }
  return undefined;
}

function readPackageMain(directory) {
  const text = fs.readFileUtf8(`${directory}/package.json`);
  if (text == null) return undefined;
  try {
    const json = JSON.parse(text);
    return typeof json.main === 'string' ? json.main : undefined;
  } catch (error) {
    error.path = `${directory}/package.json`;
    error.message = `Error parsing ${error.path}: ${error.message}`;
    throw error;
  }
}

function tryDirectory(directory) {
  const main = readPackageMain(directory);
  if (main) {
    const target = path.resolve(directory, main);
    const found = tryFile(target) || tryExtensions(target) || tryExtensions(`${target}/index`);
    if (found) return found;
  }
  return tryExtensions(`${directory}/index`);
}

function resolveAsPath(base) {
  if (statKind(base) === 'file') return fs.realpath(base);
  return tryExtensions(base) || (statKind(base) === 'directory' ? tryDirectory(base) : undefined);
}

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    if (cursor.filename) stack.push(cursor.filename);
  }
  return stack;
}

Module._resolveFilename = function resolveFilename(request, parent) {
  if (isBuiltinRequest(request)) return request;
  let found;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..' || request.startsWith('/')) {
    const base = path.resolve(parent?.filename ? path.dirname(parent.filename) : process.cwd(), request);
    found = resolveAsPath(base);
    // Outside the embedder's module roots: refused as Node's permission model refuses, whether it exists or not.
    if (!found && fs.stat(base) === require('internal/fs/utils').kReadDenied) {
      throw require('internal/fs/utils').readAccessDenied(base);
    }
  } else {
    const searchPaths = parent?.paths?.length ? parent.paths : Module._nodeModulePaths(process.cwd());
    for (const folder of searchPaths) {
      found = resolveAsPath(`${folder}/${request}`);
      if (found) break;
    }
  }
  if (found) return found;
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

Module._load = function load(request, parent) {
  if (isBuiltinRequest(request)) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent);
  const cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  const module = new Module(filename, parent);
  module.parent = parent;
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function loadModule(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = path.extname(filename);
  (Module._extensions[extension] ?? Module._extensions['.js'])(this, filename);
  this.loaded = true;
};

Module.prototype.require = function requireFrom(request) {
  validateString(request, 'id');
  if (request === '') throw new ERR_INVALID_ARG_VALUE('id', request, 'must be a non-empty string');
  return Module._load(request, this);
};

function readSource(filename) {
  const text = fs.readFileUtf8(filename);
  if (text == null) {
    const error = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    Object.assign(error, { errno: -2, code: 'ENOENT', syscall: 'open', path: filename });
    throw error;
  }
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function loadJs(module, filename) {
  module._compile(readSource(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function loadJson(module, filename) {
  try {
    module.exports = JSON.parse(readSource(filename));
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};

function makeRequire(module) {
  const require = (request) => module.require(request);
  require.resolve = (request) => {
    validateString(request, 'request');
    return Module._resolveFilename(request, module);
  };
  require.resolve.paths = (request) => (isBuiltinRequest(request) ? null : module.paths.slice());
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.prototype._compile = function compile(content, filename) {
  const wrapper = host.compileCommonJs(content, filename);
  const require = makeRequire(this);
  return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module.createRequire = function createRequire(filename) {
  const resolved = filename.startsWith('file://') ? decodeURIComponent(filename.slice(7)) : filename;
  const module = new Module(resolved, null);
  module.filename = resolved;
  module.paths = Module._nodeModulePaths(path.dirname(resolved));
  return makeRequire(module);
};

Module.Module = Module;

function runMain(mainPath) {
  const filename = Module._resolveFilename(path.resolve(mainPath), null);
  const module = new Module('.', null);
  module.parent = null;
  process.mainModule = module;
  Module._cache[filename] = module;
  module.load(filename);
}

// `-e` and `-p`: the code sees require, module, __filename and __dirname as globals, as in Node.
// -e's code ('[eval]') or a script read from stdin ('[stdin]').
function evalScript(source, name = '[eval]') {
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.require = makeRequire(module);
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  return host.evalScript(source, name);
}

module.exports = { Module, runMain, evalScript };
