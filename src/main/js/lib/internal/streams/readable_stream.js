'use strict';
// Node's streams come from the readable-stream package (the userland edition of Node's own stream
// code, taken from Maven Central as the WebJar org.webjars.npm:readable-stream). The build unpacks
// its lib/ folder as internal/deps/readable-stream/lib/. This loader runs those files as CommonJS
// modules: their relative requires resolve inside the package, and the npm packages it depends on
// in browsers map onto datagraal's built-ins, as they do under Node (`process/` is Node's process,
// `string_decoder/` and `buffer` the built-ins). Its errors become Node 20's (internal/streams/errors).

const root = 'internal/deps/readable-stream/lib';
const host = require.host;
const cache = new Map();

const substitutes = {
  'process/': () => process,
  buffer: () => require('buffer'),
  events: () => require('events'),
  'string_decoder/': () => require('string_decoder'),
  'abort-controller': () => require('internal/abort_controller'),
  [`${root}/ours/errors`]: () => require('internal/streams/errors'),
};

function resolve(fromId, request) {
  if (!request.startsWith('.')) return request;
  const parts = fromId.split('/');
  parts.pop();
  for (const part of request.replace(/\.js$/, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function load(id) {
  const substitute = substitutes[id];
  if (substitute !== undefined) return substitute();
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!id.startsWith(`${root}/`)) throw new Error(`readable-stream asked for '${id}', which datagraal does not map`);
  const moduleFunction = host.compileBuiltin(id);
  if (moduleFunction == null) throw new Error(`readable-stream file '${id}' is missing from the build`);
  const module = { id, exports: {}, loaded: false };
  cache.set(id, module);
  const requireRelative = (request) => load(resolve(id, request));
  moduleFunction.call(module.exports, module.exports, requireRelative, module, undefined);
  module.loaded = true;
  return module.exports;
}

// `name` is a file of the package's lib/ folder without extension, e.g. 'stream'.
module.exports = { loadReadableStream: (name) => load(`${root}/${name}`) };
