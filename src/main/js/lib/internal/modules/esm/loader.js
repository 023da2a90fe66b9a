'use strict';
// ES modules as Node loads them, on GraalJS's own module machinery. GraalJS parses, links and
// evaluates (static imports, import(), top-level await, live bindings); it finds a module's
// source through the runtime's ModuleFileSystem, which asks hooks here:
//   resolve(referrerUrl, specifier) -> url   Node's ESM resolution (file:, node:, packages)
//   format(url), source(url)                 what GraalJS parses for that url, and as what
// A file module's text is the file's own; a built-in or CommonJS module is a generated facade
// module whose default export is module.exports and whose named exports are its keys (built-ins)
// or the names found by static analysis (CommonJS, see cjs_exports.js). A failed resolution
// yields a module that throws the resolution error when evaluated; the entry module first imports
// a check that throws it before any module of the graph runs, as Node fails before evaluating.

const path = require('path');
const { pathToFileUrl, fileUrlToPath } = require('internal/modules/esm/file_url');
const packageJson = require('internal/modules/package_json');
const { importConditions, packageImportsResolve, packageResolve } = require('internal/modules/package_resolve');
const builtins = require('internal/modules/builtins');
const errors = require('internal/modules/errors');
const { detectCommonJsExports } = require('internal/modules/esm/cjs_exports');

const host = internalBinding('modules');
const fs = internalBinding('fs');

// The facades reach the loader through this global (symbol-keyed, not enumerable, frozen); it
// offers nothing require() and createRequire() do not.
const bridgeKey = 'datagraal.esm';
const bridgeExpression = `globalThis[Symbol.for(${JSON.stringify(bridgeKey)})]`;
const PREFLIGHT_URL = 'datagraal:preflight';
const ENTRY_URL = 'datagraal:entry';

const failures = new Map(); // failed-module url -> error
// A file: URL that did not resolve where GraalJS gave no importer: it names it next, if any.
const unresolved = new Map(); // url -> { specifier, error }
const failureLog = []; // every resolution error, in order
let failureCount = 0;
let entry; // { url, failuresFrom, checked }
let requireCount = 0;

const cjsLoader = () => require('internal/modules/cjs/loader');

function fileOf(url) {
  return url?.startsWith('file:') ? fileUrlToPath(url) : undefined;
}

// Node's format of a file: module, commonjs, json, or an error for extensions it does not load.
function formatOf(filename) {
  const extension = path.extname(filename);
  switch (extension) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js': return packageJson.typeOf(filename) === 'module' ? 'module' : 'commonjs';
    case '.node': return 'addon';
    case '': return packageJson.typeOf(filename) === 'module' ? 'module' : 'commonjs';
    default: throw errors.unknownFileExtension(extension, filename);
  }
}

// What require() would have found, for the hint Node adds to a failed import. (Node resolves it
// from a module without a filename, so a relative specifier is taken from the working folder.)
function commonJsHint(specifier, base) {
  if (!base) return undefined;
  try {
    const { Module } = cjsLoader();
    const parent = new Module(base, null);
    parent.paths = Module._nodeModulePaths(path.dirname(base));
    let found = Module._resolveFilename(specifier, parent, false);
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      found = path.relative(path.dirname(base), found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else {
      const index = found.indexOf(specifier.split('/')[0]);
      if (index !== -1) found = found.slice(index);
    }
    return found === specifier ? undefined : found;
  } catch {
    return undefined;
  }
}

function addHint(error, specifier, base) {
  const hint = commonJsHint(specifier, base);
  if (hint === undefined) return error;
  const text = `Did you mean to import ${JSON.stringify(hint)}?`;
  const lines = String(error.stack).split('\n');
  error.message += `\n${text}`;
  Object.defineProperty(error, 'stack', {
    value: [lines[0], text, ...lines.slice(1)].join('\n'), writable: true, configurable: true, enumerable: false,
  });
  return error;
}

// A file that resolution produced (its path; `suffix`: the URL's query and fragment), checked,
// with links resolved: its URL.
function finalize(filename, suffix, base, specifier) {
  const url = pathToFileUrl(filename) + suffix;
  const kind = fs.stat(filename.endsWith('/') ? filename.slice(0, -1) || '/' : filename);
  // Outside the embedder's module roots: refused whether it exists or not, as require() refuses.
  if (kind !== 0 && kind !== 1) {
    const fsUtils = require('internal/fs/utils');
    if (kind === fsUtils.kReadDenied) throw fsUtils.readAccessDenied(filename);
  }
  const relativeOrBare = !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier) && !specifier.startsWith('/');
  if (kind === 1) {
    const error = errors.unsupportedDirImport(filename, base, url);
    throw relativeOrBare ? addHint(error, specifier, base) : error;
  }
  if (kind !== 0) {
    const error = errors.moduleNotFound(filename, base, url);
    throw relativeOrBare ? addHint(error, specifier, base) : error;
  }
  return pathToFileUrl(fs.realpath(filename)) + suffix;
}

// A URL (or a path relative to one) with percent-escapes, a query or a fragment: the URL class
// reads it. Its path and suffix.
function parseAsUrl(specifier, parentFile, base) {
  const { URL, fileURLToPath } = require('internal/url');
  const url = new URL(specifier, pathToFileUrl(parentFile));
  if (url.protocol !== 'file:') throw errors.unsupportedEsmUrlScheme(url.protocol);
  if (/%2f|%5c/i.test(url.pathname)) {
    throw errors.invalidModuleSpecifier(url.pathname, 'must not include encoded "/" or "\\" characters', base);
  }
  return { filename: fileURLToPath(url), suffix: url.search + url.hash };
}

// Node's ESM resolution of `specifier` imported from `parentUrl` (null: from the working folder).
function resolve(specifier, parentUrl) {
  const base = fileOf(parentUrl);
  const parentFile = base ?? path.join(process.cwd(), '[eval]');
  // node: URLs resolve to themselves; an unknown one fails when loaded.
  if (specifier.startsWith('node:')) return specifier;
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const isUrl = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier);
  if (isUrl || specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    if (isUrl || /[%?#\\]/.test(specifier)) {
      const { filename, suffix } = parseAsUrl(specifier, parentFile, base);
      return finalize(filename, suffix, base, specifier);
    }
    let filename = path.resolve(path.dirname(parentFile), specifier);
    if ((specifier.endsWith('/') || specifier.endsWith('/.') || specifier === '.') && !filename.endsWith('/')) filename += '/';
    return finalize(filename, '', base, specifier);
  }
  const resolved = specifier[0] === '#'
    ? packageImportsResolve(specifier, parentFile, importConditions)
    : packageResolve(specifier, parentFile, importConditions);
  if (resolved.startsWith('node:')) return resolved;
  return finalize(resolved, '', base, specifier);
}

// While require() evaluates an ES module (see evaluateNow), a failure must stop the graph before
// it evaluates: GraalJS reports an evaluation error of Context.eval once more from a promise job,
// and drops the other pending jobs when it does.
let requireSessions = 0;
const failingAtParse = new Set();

function fail(error) {
  const url = `datagraal:failed/${++failureCount}`;
  // Older failures matter only to a require() or an entry still loading.
  if (requireSessions === 0 && (!entry || entry.checked)) failureLog.length = 0;
  failures.set(url, error);
  if (requireSessions > 0) failingAtParse.add(url);
  failureLog.push(error);
  return url;
}

// Hook: never throws; a failure becomes a module that throws it.
function resolveHook(referrerUrl, specifier) {
  if (specifier.startsWith('datagraal:unresolved/') && referrerUrl != null) {
    const pending = unresolved.get(specifier);
    unresolved.delete(specifier);
    if (pending) return resolveHook(referrerUrl, pending.specifier);
  }
  if (specifier.startsWith('datagraal:')) return specifier;
  try {
    const url = resolve(specifier, referrerUrl);
    if (url.startsWith('file:')) formatOf(fileUrlToPath(url));
    return url;
  } catch (error) {
    if (referrerUrl == null && /^file:/i.test(specifier)) {
      const url = `datagraal:unresolved/${++failureCount}`;
      unresolved.set(url, { specifier, error });
      return url;
    }
    return fail(error);
  }
}

// `export default m` and one named export per name, read from m after it is loaded.
function facadeSource(expression, names) {
  const lines = [`const m = ${expression};`, 'export default m;'];
  const exported = [];
  let index = 0;
  for (const name of names) {
    if (name === 'default') continue;
    lines.push(`const e${index} = m?.[${JSON.stringify(name)}];`);
    exported.push(`e${index} as ${JSON.stringify(name)}`);
    index++;
  }
  if (exported.length > 0) lines.push(`export { ${exported.join(', ')} };`);
  return lines.join('\n');
}

function throwingSource(url) {
  if (failingAtParse.has(url)) return '@ resolution failed (datagraal)';
  return `throw ${bridgeExpression}.failure(${JSON.stringify(url)});`;
}

// Why loading the built-in `url` failed (unknown, or not provided by datagraal).
function cjsLoaderError(url) {
  try {
    cjsLoader().loadBuiltin(url);
  } catch (error) {
    return error;
  }
  return new Error(`cannot load ${url}`);
}

function builtinFacade(url) {
  const id = url.slice(5);
  let exports;
  try {
    exports = cjsLoader().loadBuiltin(url);
  } catch (error) {
    return null;
  }
  const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ? Object.keys(exports) : [];
  return facadeSource(`${bridgeExpression}.builtin(${JSON.stringify(id)})`, names);
}

// The export names of a CommonJS file, with those of the modules it re-exports.
function commonJsNames(filename, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  const source = fs.readFileUtf8(filename);
  if (source == null) return names;
  const detected = detectCommonJsExports(source);
  for (const name of detected.names) names.add(name);
  if (detected.reexports.length === 0) return names;
  const { Module } = cjsLoader();
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  for (const specifier of detected.reexports) {
    let resolved;
    try {
      resolved = Module._resolveFilename(specifier, parent, false);
    } catch {
      continue;
    }
    const extension = path.extname(resolved);
    if (path.isAbsolute(resolved) && (extension === '.js' || extension === '.cjs' || !Module._extensions[extension])) {
      for (const name of commonJsNames(resolved, seen)) names.add(name);
    }
  }
  return names;
}

function commonJsFacade(filename) {
  return facadeSource(`${bridgeExpression}.commonjs(${JSON.stringify(filename)})`, commonJsNames(filename));
}

function readModuleText(filename) {
  const text = fs.readFileUtf8(filename);
  if (text == null) {
    const error = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    Object.assign(error, { errno: -2, code: 'ENOENT', syscall: 'open', path: filename });
    throw error;
  }
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// A file module's text, behind a first-line prefix (so line numbers stay the file's) that
// completes import.meta as Node 20 has it.
function moduleText(url, filename) {
  let text = readModuleText(filename);
  let prefix = '';
  if (text.includes('import.meta')) {
    prefix = `{const u=${JSON.stringify(url)};delete import.meta.url;` +
      `import.meta.dirname=${JSON.stringify(path.dirname(filename))};` +
      `import.meta.filename=${JSON.stringify(filename)};` +
      `import.meta.resolve=${bridgeExpression}.metaResolve(u);import.meta.url=u;}`;
  }
  if (prefix && text.startsWith('#!')) text = `//${text.slice(2)}`;
  return prefix + text;
}

function load(url) {
  // The entry script behind a first import that checks the whole graph resolved.
  if (url === ENTRY_URL) {
    return { format: 'module', source: `import ${JSON.stringify(PREFLIGHT_URL)};\nimport ${JSON.stringify(entry.url)};` };
  }
  if (requireViews.has(url)) return { format: 'module', source: requireViews.get(url) };
  if (url === PREFLIGHT_URL) return { format: 'module', source: `${bridgeExpression}.preflight();` };
  if (url.startsWith('datagraal:failed/')) return { format: 'module', source: throwingSource(url) };
  if (url.startsWith('datagraal:unresolved/')) {
    const pending = unresolved.get(url);
    unresolved.delete(url);
    throw pending?.error ?? errors.moduleNotFound(url, undefined, url);
  }
  if (url.startsWith('node:')) {
    const source = builtinFacade(url);
    if (source === null) throw cjsLoaderError(url);
    return { format: 'builtin', source };
  }
  const filename = fileUrlToPath(url);
  const format = formatOf(filename);
  switch (format) {
    case 'module': return { format, source: moduleText(url, filename) };
    case 'commonjs': return { format, source: commonJsFacade(filename) };
    case 'json': return { format, source: readModuleText(filename) };
    default: {
      const error = new Error(`Cannot load native addon '${filename}': native addons (.node files) are not ` +
        'supported by datagraal');
      error.code = 'ERR_DLOPEN_FAILED';
      throw error;
    }
  }
}

function loadHook(url) {
  try {
    return load(url);
  } catch (error) {
    return { format: 'module', source: throwingSource(fail(error)) };
  }
}

// GraalJS asks for a module's format, then for its text: one load serves both.
let lastLoad;
function loadOnce(url) {
  if (lastLoad?.url !== url) lastLoad = { url, record: loadHook(url) };
  return lastLoad.record;
}

const bridge = Object.freeze({
  builtin: (id) => cjsLoader().loadBuiltin(id),
  commonjs: (filename) => cjsLoader().Module._load(filename, undefined, false),
  failure(url) {
    const error = failures.get(url);
    failures.delete(url);
    return error;
  },
  // The entry's first import: the graph failed to resolve somewhere, so nothing of it runs.
  preflight() {
    if (!entry || entry.checked) return;
    entry.checked = true;
    if (failureLog.length > entry.failuresFrom) throw failureLog[entry.failuresFrom];
  },
  // A require() of an ES module whose wrapper ran: the namespace, unless require() gave up.
  deliver(id, namespace) {
    if (delivered.has(id)) delivered.set(id, namespace);
  },
  // import.meta.resolve: the URL, also of a file that does not exist.
  metaResolve: (parentUrl) => function resolveFromMeta(specifier) {
    try {
      return resolve(`${specifier}`, parentUrl);
    } catch (error) {
      if ((error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
        return error.url;
      }
      throw error;
    }
  },
});
Object.defineProperty(globalThis, Symbol.for(bridgeKey), { value: bridge });

// What the runtime's ModuleFileSystem calls (installed by the CommonJS loader, which loads this
// module on first use).
const hooks = {
  resolve: resolveHook,
  format: (url) => loadOnce(url).format,
  source(url) {
    const { source } = loadOnce(url);
    lastLoad = undefined;
    return source;
  },
  pathToUrl: (filename) => pathToFileUrl(filename),
  isRequireEcho,
};

// `node file.mjs`: imports the entry and reports its failure as an uncaught exception. The
// process exits with 13 if the entry is still awaiting when nothing is left to do.
function runMain(filename) {
  const url = pathToFileUrl(filename);
  entry = { url, failuresFrom: failureLog.length, checked: false };
  let settled = false;
  process.on('exit', () => {
    if (!settled && process.exitCode === undefined) process.exitCode = 13;
  });
  import(ENTRY_URL).then(() => {
    settled = true;
  }, (error) => {
    settled = true;
    // A link error (a named import from a module that failed to resolve) hides the cause.
    if (!entry.checked && failureLog.length > entry.failuresFrom) error = failureLog[entry.failuresFrom];
    require('internal/process/execution').handleUncaught(error);
  });
}

// require() of an ES module: its graph is linked and evaluated now; its namespace is the result
// (with __esModule added when it has a default export, as Node does, through a view module
// that re-exports it). The evaluating wrapper hands the namespace over once its imports ran,
// which for a graph that awaits at top level is too late.
const delivered = new Map(); // require number -> namespace, or null while waiting
// Errors require() threw that GraalJS throws once more from a promise job (see JsCallbacks),
// counted; and whether a graph require() gave up on (top-level await) may still fail later, which
// Node, never evaluating it, would not report either.
const echoes = new Map();
let abandonedGraphs = 0;

function isRequireEcho(error) {
  const count = echoes.get(error);
  if (count === undefined) return abandonedGraphs > 0;
  if (count === 1) echoes.delete(error);
  else echoes.set(error, count - 1);
  return true;
}
const requireViews = new Map(); // view url -> source
const viewNamespaces = new Map(); // module url -> namespace of its view

function evaluateNow(specifier, filename, parentFilename) {
  const id = ++requireCount;
  delivered.set(id, null);
  const failuresFrom = failureLog.length;
  requireSessions++;
  try {
    host.evalModule(`import * as namespace from ${JSON.stringify(specifier)};\n${bridgeExpression}.deliver(${id}, namespace);\n`,
      `node:internal/require/${id}`);
  } catch (error) {
    delivered.delete(id);
    echoes.set(error, (echoes.get(error) ?? 0) + 1);
    if (failureLog.length > failuresFrom && !failureLog.includes(error)) throw failureLog[failuresFrom];
    throw error;
  } finally {
    requireSessions--;
  }
  const namespace = delivered.get(id);
  delivered.delete(id);
  if (namespace == null) {
    abandonedGraphs++;
    throw errors.requireAsyncModule(parentFilename, filename);
  }
  return namespace;
}

function requireEsm(filename, parentFilename) {
  const url = pathToFileUrl(filename);
  const namespace = evaluateNow(url, filename, parentFilename);
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  let view = viewNamespaces.get(url);
  if (view === undefined) {
    const viewUrl = `datagraal:require-view/${requireViews.size + 1}`;
    const quoted = JSON.stringify(url);
    requireViews.set(viewUrl, `export * from ${quoted};\nexport { default } from ${quoted};\nexport const __esModule = true;\n`);
    view = evaluateNow(viewUrl, filename, parentFilename);
    viewNamespaces.set(url, view);
  }
  return view;
}

module.exports = { hooks, runMain, requireEsm, resolve };
