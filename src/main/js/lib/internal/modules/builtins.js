'use strict';
// Node 20's built-in module names, and which of them datagraal provides (lib/<id>.js exists).

// Module.builtinModules in Node 20, in its order.
const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
const withoutScheme = new Set(builtinModules);
// Reachable only as node:<id>.
const schemeOnly = new Set(['test', 'test/reporters', 'sea']);

// `id` names a built-in that `require(id)` or `import 'id'` reaches without the node: prefix.
const canBeRequiredWithoutScheme = (id) => withoutScheme.has(id);

// `id` (without node:) names one of Node's built-ins.
const isNodeBuiltin = (id) => withoutScheme.has(id) || schemeOnly.has(id);

// datagraal has lib/<id>.js for it.
const isProvided = (id) => require('internal/bootstrap/loader_access').hasBuiltin(id);

module.exports = { builtinModules, canBeRequiredWithoutScheme, isNodeBuiltin, isProvided };
