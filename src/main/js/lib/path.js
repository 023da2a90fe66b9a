'use strict';
// POSIX paths, as Node's path module on Linux (path.win32 is not provided).

const { validateString, validateObject } = require('internal/validators');

// Resolves '.' and '..' segments; keeps leading '..' of relative paths.
function normalizeSegments(path, isAbsolute) {
  const out = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!isAbsolute) out.push('..');
    } else {
      out.push(segment);
    }
  }
  return out.join('/');
}

function resolve(...paths) {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? paths[i] : process.cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === 47;
  }
  const normalized = normalizeSegments(resolved, absolute);
  if (absolute) return `/${normalized}`;
  return normalized.length > 0 ? normalized : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === 47;
  const trailingSlash = path.charCodeAt(path.length - 1) === 47;
  let normalized = normalizeSegments(path, absolute);
  if (normalized.length === 0) {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) normalized += '/';
  return absolute ? `/${normalized}` : normalized;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === 47;
}

function join(...paths) {
  if (paths.length === 0) return '.';
  const parts = [];
  for (const path of paths) {
    validateString(path, 'path');
    if (path.length > 0) parts.push(path);
  }
  return parts.length === 0 ? '.' : normalize(parts.join('/'));
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromParts = resolve(from).split('/').filter(Boolean);
  const toParts = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  return up.concat(toParts.slice(common)).join('/');
}

function trimTrailingSlashes(path) {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const trimmed = trimTrailingSlashes(path);
  const slash = trimmed.lastIndexOf('/');
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  if (slash === 1 && trimmed[0] === '/') return '//';
  return trimmed.slice(0, slash);
}

function basename(path, suffix) {
  validateString(path, 'path');
  if (suffix !== undefined) validateString(suffix, 'suffix');
  const trimmed = trimTrailingSlashes(path);
  let base = trimmed === '/' ? '' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix !== undefined && base.endsWith(suffix)) {
    // Node strips a suffix that is the whole name only when the path is that name alone.
    if (base !== suffix) base = base.slice(0, -suffix.length);
    else if (trimmed === path && !path.includes('/')) base = '';
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || (dot === base.length - 1 && base === '..')) return dot <= 0 ? '' : (base === '..' ? '' : '.');
  return base.slice(dot);
}

function parse(path) {
  validateString(path, 'path');
  const root = path.charCodeAt(0) === 47 ? '/' : '';
  if (path.length === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
  const base = basename(path);
  const ext = extname(path);
  // Everything before the slash that precedes the name (unlike dirname, no '//' special case).
  const trimmed = trimTrailingSlashes(path);
  const slash = trimmed.lastIndexOf('/');
  const dir = slash === -1 ? '' : (slash === 0 ? '/' : trimmed.slice(0, slash));
  return { root, dir, base, ext, name: ext ? base.slice(0, -ext.length) : base };
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${pathObject.ext ? (pathObject.ext[0] === '.' ? '' : '.') + pathObject.ext : ''}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

const posix = {
  sep: '/', delimiter: ':', resolve, normalize, isAbsolute, join, relative, dirname, basename, extname,
  parse, format, toNamespacedPath: (path) => path, win32: null, posix: null,
};
posix._makeLong = posix.toNamespacedPath;
posix.posix = posix;
module.exports = posix;
