'use strict';
// CommonJS modules as Node loads them: resolution of relative, absolute and bare specifiers
// (node_modules walk and NODE_PATH, package.json "exports", "imports" and "main", a package
// naming itself), .js/.json/.cjs files, require() of ES modules, the require cache, cycles
// returning the partial exports, and the built-ins with or without the node: prefix.

const path = require('path');
const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
const {
  requireConditions, packageExportsResolve, packageImportsResolve,
} = require('internal/modules/package_resolve');
const builtins = require('internal/modules/builtins');
const moduleErrors = require('internal/modules/errors');

const host = internalBinding('modules');
const fs = internalBinding('fs');

function isBuiltinRequest(request) {
  if (request.startsWith('node:')) return true;
  return builtins.canBeRequiredWithoutScheme(request);
}

function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (!builtins.isNodeBuiltin(id)) throw moduleErrors.unknownBuiltin(request);
  if (id === 'module') return Module;
  if (!builtins.isProvided(id)) throw moduleErrors.builtinNotProvided(request, id);
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
Module.builtinModules = [...builtins.builtinModules];
Module.isBuiltin = (request) => builtins.isNodeBuiltin(request.startsWith('node:') ? request.slice(5) : request) &&
  (request.startsWith('node:') || builtins.canBeRequiredWithoutScheme(request));
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

// The folders searched after the node_modules walk: NODE_PATH, ~/.node_modules, ~/.node_libraries
// and <prefix>/lib/node, as Node builds them from its environment.
function globalFolders() {
  const prefix = path.resolve(process.execPath, '..', '..');
  const folders = [path.resolve(prefix, 'lib', 'node')];
  const home = process.env.HOME;
  if (home) folders.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  if (nodePath) return nodePath.split(path.delimiter).filter(Boolean).concat(folders);
  return folders;
}
Module.globalPaths = globalFolders();

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

function tryFile(file) {
  return statKind(file) === 'file' ? fs.realpath(file) : undefined;
}

function tryExtensions(base) {
  for (const extension of Object.keys(Module._extensions)) {
    const found = tryFile(base + extension);
    if (found) return found;
  }
  return undefined;
}

// A folder: its package.json "main" (with extensions, or its index), else its index.
function tryPackage(directory, originalRequest) {
  const main = packageJson.read(`${directory}/package.json`, packageJson.invalidForRequire).main;
  if (!main) return tryExtensions(path.resolve(directory, 'index'));
  const target = path.resolve(directory, main);
  const found = tryFile(target) || tryExtensions(target) || tryExtensions(path.resolve(target, 'index'));
  if (found) return found;
  const index = tryExtensions(path.resolve(directory, 'index'));
  const jsonPath = path.resolve(directory, 'package.json');
  if (!index) {
    const error = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`);
    error.code = 'MODULE_NOT_FOUND';
    error.path = jsonPath;
    error.requestPath = originalRequest;
    throw error;
  }
  process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. Please either fix that or report it to the ` +
    'module author', 'DeprecationWarning', 'DEP0128');
  return index;
}

// What Node throws when a file that "exports"/"imports" names does not exist.
function exportedFileNotFound(request, jsonPath) {
  const error = new Error(`Cannot find module '${request}'`);
  error.code = 'MODULE_NOT_FOUND';
  if (jsonPath) error.path = jsonPath;
  return error;
}

function finalizeExported(resolved, packageDir) {
  if (resolved.startsWith('node:')) return resolved;
  const found = tryFile(resolved);
  if (found) return found;
  throw exportedFileNotFound(resolved, `${packageDir}/package.json`);
}

// A bare request into the package `nodeModules/<name>` when its package.json has "exports".
const packageRequestPattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;
function resolveExports(nodeModules, request) {
  const match = packageRequestPattern.exec(request);
  if (!match) return undefined;
  const packageDir = path.resolve(nodeModules, match[1]);
  const record = packageJson.read(`${packageDir}/package.json`, packageJson.invalidForRequire);
  if (!record.exists || record.exports == null) return undefined;
  try {
    return finalizeExported(packageExportsResolve(`${packageDir}/`, `.${match[2] ?? ''}`, record.exports, undefined,
      requireConditions), packageDir);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND') throw exportedFileNotFound(request, `${packageDir}/package.json`);
    throw error;
  }
}

// A request naming the package the requiring file belongs to, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return undefined;
  const scope = packageJson.scopeOf(parentPath);
  if (!scope || scope.exports == null || scope.name === undefined) return undefined;
  let subpath;
  if (request === scope.name) subpath = '.';
  else if (request.startsWith(`${scope.name}/`)) subpath = `.${request.slice(scope.name.length)}`;
  else return undefined;
  const packageDir = path.dirname(scope.jsonPath);
  try {
    return finalizeExported(packageExportsResolve(`${packageDir}/`, subpath, scope.exports, parentPath,
      requireConditions), packageDir);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND') throw exportedFileNotFound(request, scope.jsonPath);
    throw error;
  }
}

Module._findPath = function findPath(request, paths) {
  const absolute = path.isAbsolute(request);
  if (absolute) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const trailingSlash = request.endsWith('/') || request === '.' || request === '..' ||
    request.endsWith('/.') || request.endsWith('/..');
  for (const folder of paths) {
    if (folder && statKind(folder) !== 'directory') continue;
    if (!absolute) {
      const exported = resolveExports(folder, request);
      if (exported) return exported;
    }
    const base = path.resolve(folder, request);
    const kind = statKind(base);
    let found;
    if (!trailingSlash) {
      if (kind === 'file') found = fs.realpath(base);
      found ||= tryExtensions(base);
    }
    if (!found && kind === 'directory') found = tryPackage(base, request);
    if (found) return found;
  }
  return false;
};

// Where a request is looked for: node_modules folders and the global ones for a bare request,
// the requiring file's folder for a relative one.
Module._resolveLookupPaths = function resolveLookupPaths(request, parent) {
  if (isBuiltinRequest(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const global = Module.globalPaths;
    const paths = parent?.paths?.length ? parent.paths.concat(global) : global;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    const name = cursor.filename || cursor.id;
    if (name) stack.push(name);
  }
  return stack;
}

function lookupPathsFromOption(request, paths) {
  const relative = request.startsWith('./') || request.startsWith('../');
  if (relative) return paths;
  const lookup = [];
  const fakeParent = new Module('', null);
  for (const folder of paths) {
    fakeParent.paths = Module._nodeModulePaths(folder);
    for (const candidate of Module._resolveLookupPaths(request, fakeParent) ?? []) {
      if (!lookup.includes(candidate)) lookup.push(candidate);
    }
  }
  return lookup;
}

Module._resolveFilename = function resolveFilename(request, parent, isMain, options) {
  if (request.startsWith('node:') ? builtins.isNodeBuiltin(request.slice(5)) : builtins.canBeRequiredWithoutScheme(request)) {
    return request;
  }
  let paths;
  if (options !== null && typeof options === 'object' && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    paths = lookupPathsFromOption(request, options.paths);
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#' && parent?.filename) {
    const scope = packageJson.scopeOf(parent.filename);
    if (scope && scope.imports != null) {
      try {
        return finalizeExported(packageImportsResolve(request, parent.filename, requireConditions),
          path.dirname(scope.jsonPath));
      } catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND') throw exportedFileNotFound(request);
        throw error;
      }
    }
  }
  const self = trySelf(parent?.filename, request);
  if (self) return self;
  const found = Module._findPath(request, paths, isMain);
  if (found) return found;
  // Outside the embedder's module roots: refused as Node's permission model refuses, whether it exists or not.
  if (path.isAbsolute(request) || request.startsWith('./') || request.startsWith('../') || request === '.' ||
      request === '..') {
    const base = path.resolve(paths?.[0] ?? process.cwd(), request);
    if (fs.stat(base) === require('internal/fs/utils').kReadDenied) throw require('internal/fs/utils').readAccessDenied(base);
  }
  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const error = new Error(message);
  error.code = 'MODULE_NOT_FOUND';
  error.requireStack = requireStack;
  throw error;
};

Module._load = function load(request, parent, isMain) {
  if (isBuiltinRequest(request)) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  module.parent = parent;
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const index = parent?.children?.indexOf(module) ?? -1;
      if (index !== -1) parent.children.splice(index, 1);
    }
  }
  return module.exports;
};

// '.js' for 'x.js', '.json' for 'x.json', '.js' for names with no handler (as Node's longest
// registered extension, dotfiles included).
function extensionHandlerOf(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const extension = name.slice(index);
    if (Module._extensions[extension]) return Module._extensions[extension];
  }
  return Module._extensions['.js'];
}

Module.prototype.load = function loadModule(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  extensionHandlerOf(filename)(this, filename);
  this.loaded = true;
};

Module.prototype.require = function requireFrom(request) {
  validateString(request, 'id');
  if (request === '') throw new ERR_INVALID_ARG_VALUE('id', request, 'must be a non-empty string');
  return Module._load(request, this, false);
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

// An ES module (.mjs, or .js in a "type": "module" package): require() evaluates it now, as
// Node 20 does, unless it awaits at top level.
function isEsmFile(filename) {
  return filename.endsWith('.mjs') || (filename.endsWith('.js') && packageJson.typeOf(filename) === 'module');
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function loadJs(module, filename) {
  if (isEsmFile(filename)) {
    module.exports = require('internal/modules/esm/loader').requireEsm(filename, module.parent?.filename);
    return;
  }
  module._compile(readSource(filename), filename);
};
Module._extensions['.json'] = function loadJson(module, filename) {
  try {
    module.exports = JSON.parse(readSource(filename));
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};
Module._extensions['.node'] = function loadAddon(module, filename) {
  const error = new Error(`Cannot load native addon '${filename}': native addons (.node files) are not supported ` +
    'by datagraal');
  error.code = 'ERR_DLOPEN_FAILED';
  throw error;
};

function makeRequire(module) {
  const require = (request) => module.require(request);
  require.resolve = (request, options) => {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = (request) => {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  };
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

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';
Module.createRequire = function createRequire(filename) {
  let filepath;
  const isUrlObject = filename !== null && typeof filename === 'object' && typeof filename.href === 'string' &&
    typeof filename.protocol === 'string';
  if (isUrlObject || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = require('internal/url').fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  // A folder (trailing slash) stands for a file in it.
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const module = new Module(proxyPath, null);
  module.filename = proxyPath;
  module.paths = Module._nodeModulePaths(module.path);
  return makeRequire(module);
};

Module.Module = Module;

// Customization hooks and live built-in facades need Node's own ESM loader.
function notSupported(name) {
  return function unsupported() {
    const error = new Error(`module.${name}() is not supported by datagraal`);
    error.code = 'ERR_NOT_SUPPORTED';
    throw error;
  };
}
Module.register = notSupported('register');
Module.syncBuiltinESMExports = notSupported('syncBuiltinESMExports');

// Node's rule for the entry script: .mjs, or a file in a "type": "module" package, is an ES
// module (.cjs never is).
function isEsmEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  return packageJson.typeOf(filename) === 'module';
}

function runMain(mainPath) {
  const absolute = path.resolve(mainPath);
  const found = Module._findPath(absolute, null, true);
  if (found && isEsmEntry(found)) {
    require('internal/modules/esm/loader').runMain(found);
    return;
  }
  Module._load(absolute, null, true);
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

// The ES module loader, loaded on first use (an import, or require() of an ES module).
const esmHooks = () => require('internal/modules/esm/loader').hooks;
host.installEsmHooks({
  resolve: (referrerUrl, specifier) => esmHooks().resolve(referrerUrl, specifier),
  format: (url) => esmHooks().format(url),
  source: (url) => esmHooks().source(url),
  pathToUrl: (filename) => esmHooks().pathToUrl(filename),
  isRequireEcho: (error) => esmHooks().isRequireEcho(error),
});

module.exports = { Module, runMain, evalScript, loadBuiltin };
