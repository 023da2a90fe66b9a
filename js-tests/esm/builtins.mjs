// Every built-in datagraal provides imports as Node's do: the default export is module.exports,
// the named exports are its own enumerable keys (the same values), with or without node:.
import { createRequire, builtinModules } from 'node:module';
import dgram, { createSocket, Socket } from 'node:dgram';
import events, { EventEmitter, once } from 'events';
import * as fsNamespace from 'node:fs';
import { join } from 'node:path';
import process2, { argv } from 'node:process';
import { strictEqual } from 'node:assert/strict';

const require = createRequire(import.meta.url);
console.log(createSocket === dgram.createSocket, Socket === dgram.Socket, EventEmitter === events, once === events.once);
console.log(fsNamespace.default === require('fs'), fsNamespace.readFileSync === require('fs').readFileSync);
console.log(join('a', 'b'), process2 === process, argv === process.argv, typeof strictEqual);

// Node itself re-wraps these after its facades are made.
const rewrappedByNode = new Set(['usingDomains', 'init', 'setUncaughtExceptionCaptureCallback', 'chdir']);
const mismatches = [];
let imported = 0;
for (const id of [...builtinModules, 'test']) {
  const specifier = id === 'test' ? 'node:test' : id;
  let exports;
  try {
    exports = require(specifier);
  } catch {
    continue; // a built-in datagraal does not provide
  }
  for (const form of id === 'test' ? [specifier] : [id, `node:${id}`]) {
    const namespace = await import(form);
    imported++;
    if (namespace.default !== exports) mismatches.push(`${form}: default`);
    for (const key of Object.keys(exports)) {
      if (key !== 'default' && !rewrappedByNode.has(key) && namespace[key] !== exports[key]) mismatches.push(`${form}: ${key}`);
    }
  }
}
console.log('imported built-ins match their require():', imported > 20, mismatches);
for (const bad of ['node:nope', 'node:internal/errors']) {
  try {
    await import(bad);
  } catch (error) {
    console.log(bad, error.name, error.code, error.message);
  }
}
