'use strict';

// The names of the global constructors of the language itself (Object, Map, Uint8Array, ...),
// taken when the bootstrap starts, before it adds Node's (Buffer, URL, EventTarget, ...).
// util.inspect and util.format treat only these as built-in, as Node does: a Node class
// with its own toString is formatted by %s through that toString.
// (A loop rather than filter with a callback: the JIT compiled that callback at every start.)
const names = new Set();
for (const key of Object.getOwnPropertyNames(globalThis)) {
  if (/^[A-Z][a-zA-Z0-9]+$/.test(key)) names.add(key);
}
module.exports = names;
