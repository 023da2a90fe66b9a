'use strict';
// file: URLs of absolute paths and back, as url.pathToFileURL()/fileURLToPath() write and read
// them, without loading the URL class for the loader's common case (it costs more at startup
// than everything else the ES module loader needs). Anything unusual goes to internal/url.

const path = require('path');

// Bytes the URL path encode set (and Node, for '%', '\' and line breaks) percent-encodes.
function needsEscape(code) {
  return code <= 0x20 || code >= 0x7f || code === 0x22 || code === 0x23 || code === 0x25 || code === 0x3c ||
    code === 0x3e || code === 0x3f || code === 0x5c || code === 0x60 || code === 0x7b || code === 0x7d;
}

function pathToFileUrl(filename) {
  let resolved = path.resolve(filename);
  if (filename.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  let encoded = '';
  let plainFrom = 0;
  for (let i = 0; i < resolved.length; i++) {
    const code = resolved.charCodeAt(i);
    if (!needsEscape(code)) continue;
    encoded += resolved.slice(plainFrom, i);
    if (code < 0x80) {
      encoded += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < resolved.length;
      encoded += encodeURIComponent(resolved.slice(i, isPair ? i + 2 : i + 1));
      if (isPair) i++;
    }
    plainFrom = i + 1;
  }
  return `file://${encoded}${resolved.slice(plainFrom)}`;
}

function fileUrlToPath(url) {
  if (url.startsWith('file:///') && !/%2f|[?#]/i.test(url)) return decodeURIComponent(url.slice(7));
  return require('internal/url').fileURLToPath(url);
}

module.exports = { pathToFileUrl, fileUrlToPath };
