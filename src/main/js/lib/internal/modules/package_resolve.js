'use strict';
// Node's package resolution, written from its documented algorithm (PACKAGE_RESOLVE,
// PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE and
// PATTERN_KEY_COMPARE in Node's ESM docs). require() and import share it and differ in their
// conditions. Paths are absolute; a package folder is written with a trailing '/'. `base` is the
// importing file's path, named in error messages (undefined where Node names none).

const path = require('path');
const packageJson = require('internal/modules/package_json');
const errors = require('internal/modules/errors');
const builtins = require('internal/modules/builtins');
const fs = internalBinding('fs');

const requireConditions = new Set(['require', 'node', 'node-addons']);
const importConditions = new Set(['import', 'node', 'node-addons']);

const isFile = (file) => fs.stat(file) === 0;
const isDirectory = (file) => fs.stat(file) === 1;
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function invalidForImport(jsonPath, error) {
  return errors.invalidPackageConfig(jsonPath, undefined, error.message);
}

// "exports" as a map of subpaths: a bare target or a conditions object stands for ".".
function subpathMap(exports, packageDir, base) {
  if (typeof exports === 'string' || Array.isArray(exports) || exports === null || typeof exports !== 'object') {
    return { '.': exports };
  }
  let conditional;
  for (const key of Object.keys(exports)) {
    const isCondition = key === '' || key[0] !== '.';
    if (conditional === undefined) {
      conditional = isCondition;
    } else if (conditional !== isCondition) {
      throw errors.invalidPackageConfig(`${packageDir}package.json`, base,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be ' +
        'an object of package subpath keys or an object of main entry condition name keys only.');
    }
  }
  return conditional ? { '.': exports } : exports;
}

// Which of two pattern keys matches more specifically (-1: a, 1: b).
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase !== bBase) return aBase > bBase ? -1 : 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length !== b.length) return a.length > b.length ? -1 : 1;
  return 0;
}

// The key of `map` that matches `request` best, and what its '*' stands for.
function bestPatternMatch(map, request) {
  let bestKey = '';
  let bestMatch;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1 || !request.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(trailer) && patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = request.slice(star, request.length - trailer.length);
    }
  }
  return bestKey ? { key: bestKey, match: bestMatch } : undefined;
}

// A path segment that may not appear in a target: '.', '..' or 'node_modules' (also %-encoded).
// (Empty segments only draw a deprecation warning in Node, and pass here.)
function hasInvalidSegment(text) {
  return text.split(/[/\\]/).some((segment) => {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // A malformed escape is no forbidden name.
    }
    decoded = decoded.toLowerCase();
    return decoded === '.' || decoded === '..' || decoded === 'node_modules';
  });
}

function resolveTargetString(context, target, match, key, isPattern) {
  const { packageDir, base, isImports, conditions } = context;
  if (match !== '' && !isPattern && !target.endsWith('/')) {
    throw errors.invalidPackageTarget(packageDir, key, target, isImports, base);
  }
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
      const request = isPattern ? target.replaceAll('*', () => match) : target + match;
      return packageResolve(request, `${packageDir}package.json`, conditions);
    }
    throw errors.invalidPackageTarget(packageDir, key, target, isImports, base);
  }
  if (hasInvalidSegment(target.slice(2))) {
    throw errors.invalidPackageTarget(packageDir, key, target, isImports, base);
  }
  if (match !== '' && hasInvalidSegment(match)) {
    const request = isPattern ? key.replace('*', () => match) : key + match;
    throw errors.invalidModuleSpecifier(request, `request is not a valid match in pattern "${key}" for the ` +
      `"${isImports ? 'imports' : 'exports'}" resolution of ${packageDir}package.json`, base);
  }
  const resolved = isPattern ? target.slice(2).replaceAll('*', () => match) : target.slice(2) + match;
  return packageDir + resolved;
}

// A target: a string, an array of fallbacks, or conditions. undefined: no condition matched;
// null: the subpath is excluded.
function resolveTarget(context, target, match, key, isPattern) {
  if (typeof target === 'string') return resolveTargetString(context, target, match, key, isPattern);
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const fallback of target) {
      let resolved;
      try {
        resolved = resolveTarget(context, fallback, match, key, isPattern);
      } catch (error) {
        lastError = error;
        if (error.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw error;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError == null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    if (keys.some((name) => /^(0|[1-9][0-9]*)$/.test(name))) {
      throw errors.invalidPackageConfig(`${context.packageDir}package.json`, context.base,
        '"exports" cannot contain numeric property keys.');
    }
    for (const condition of keys) {
      if (condition === 'default' || context.conditions.has(condition)) {
        const resolved = resolveTarget(context, target[condition], match, key, isPattern);
        if (resolved !== undefined) return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw errors.invalidPackageTarget(context.packageDir, key, target, context.isImports, context.base);
}

// The file "exports" maps `subpath` ('.' or './x') of the package in `packageDir` to.
function packageExportsResolve(packageDir, subpath, exports, base, conditions) {
  const map = subpathMap(exports, packageDir, base);
  const context = { packageDir, base, isImports: false, conditions };
  if (hasOwn(map, subpath) && !subpath.includes('*') && !subpath.endsWith('/')) {
    const resolved = resolveTarget(context, map[subpath], '', subpath, false);
    if (resolved == null) throw errors.packagePathNotExported(packageDir, subpath, base);
    return resolved;
  }
  const best = bestPatternMatch(map, subpath);
  if (best) {
    const resolved = resolveTarget(context, map[best.key], best.match, best.key, true);
    if (resolved != null) return resolved;
  }
  throw errors.packagePathNotExported(packageDir, subpath, base);
}

// '#name' through the "imports" of the package scope of `base`.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw errors.invalidModuleSpecifier(name, 'is not a valid internal imports specifier name', base);
  }
  const scope = packageJson.scopeOf(base, invalidForImport);
  const packageDir = scope ? `${path.dirname(scope.jsonPath)}/` : undefined;
  const imports = scope?.imports;
  if (imports !== null && typeof imports === 'object') {
    const context = { packageDir, base, isImports: true, conditions };
    if (hasOwn(imports, name) && !name.includes('*')) {
      const resolved = resolveTarget(context, imports[name], '', name, false);
      if (resolved != null) return resolved;
    } else {
      const best = bestPatternMatch(imports, name);
      if (best) {
        const resolved = resolveTarget(context, imports[best.key], best.match, best.key, true);
        if (resolved != null) return resolved;
      }
    }
  }
  throw errors.packageImportNotDefined(name, packageDir, base);
}

// A bare specifier's package name and the subpath within it ('.' or './x').
function parsePackageName(specifier, base) {
  let separator = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (separator === -1 || specifier.length === 0) valid = false;
    else separator = specifier.indexOf('/', separator + 1);
  }
  const name = separator === -1 ? specifier : specifier.slice(0, separator);
  if (name[0] === '.' || name.includes('%') || name.includes('\\')) valid = false;
  if (!valid) throw errors.invalidModuleSpecifier(specifier, 'is not a valid package name', base);
  return { name, subpath: `.${separator === -1 ? '' : specifier.slice(separator)}` };
}

// A package that names itself: resolved through its own "exports".
function packageSelfResolve(name, subpath, base, conditions) {
  const scope = packageJson.scopeOf(base, invalidForImport);
  if (!scope || scope.exports == null || scope.name !== name) return undefined;
  return packageExportsResolve(`${path.dirname(scope.jsonPath)}/`, subpath, scope.exports, base, conditions);
}

// The main file of a package without "exports": "main", then index, as the ESM loader tries them.
function legacyMainResolve(packageDir, record, base) {
  const guesses = [];
  if (record.main) {
    const main = record.main;
    guesses.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`,
      `${main}/index.node`);
  }
  guesses.push('index.js', 'index.json', 'index.node');
  for (const guess of guesses) {
    const candidate = path.resolve(packageDir, guess);
    if (isFile(candidate)) return candidate;
  }
  throw errors.moduleNotFound(packageDir, base);
}

// A bare specifier: a built-in ('node:<id>'), the package's own name, then node_modules folders
// up from `base`.
function packageResolve(specifier, base, conditions) {
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { name, subpath } = parsePackageName(specifier, base);
  const self = packageSelfResolve(name, subpath, base, conditions);
  if (self !== undefined) return self;
  let directory = path.dirname(base);
  for (;;) {
    const packageDir = `${directory === '/' ? '' : directory}/node_modules/${name}/`;
    if (isDirectory(packageDir)) {
      const record = packageJson.read(`${packageDir}package.json`, invalidForImport);
      if (record.exports != null) return packageExportsResolve(packageDir, subpath, record.exports, base, conditions);
      if (subpath === '.') return legacyMainResolve(packageDir, record, base);
      return packageDir + subpath.slice(2);
    }
    if (directory === '/') break;
    directory = path.dirname(directory);
  }
  throw errors.moduleNotFound(name, base);
}

module.exports = {
  requireConditions,
  importConditions,
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  parsePackageName,
};
