'use strict';
// GraalJS's own TextEncoder and TextDecoder (the js.text-encoding option): their UTF-8 work runs
// as compiled Java inside the engine, with no call out to the host, and follows the Encoding
// Standard, which is what Node's Buffer does for utf8: a lone surrogate encodes as EF BF BD, each
// maximal ill-formed subsequence decodes as one U+FFFD, and encodeInto never writes part of a
// character. The bootstrap loads this module before it puts Node's TextEncoder and TextDecoder
// (internal/encoding, built on Buffer's encodings) in their place.

// Read as data properties: Node's replacements are installed as lazy getters.
const EngineTextEncoder = Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder')?.value;
const EngineTextDecoder = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder')?.value;
if (typeof EngineTextEncoder !== 'function' || typeof EngineTextDecoder !== 'function') {
  throw new Error('internal/buffer/engine_utf8 needs the engine\'s TextEncoder and TextDecoder ' +
    '(js.text-encoding), before the bootstrap replaces them');
}

const encoder = new EngineTextEncoder();
// Node's Buffer keeps a byte order mark as U+FEFF.
const decoder = new EngineTextDecoder('utf-8', { ignoreBOM: true });
const strictDecoder = new EngineTextDecoder('utf-8', { ignoreBOM: true, fatal: true });

// Writes the UTF-8 bytes of `text` into `bytes` (a Uint8Array), whole characters only, as far as
// they fit; the count written.
function encodeInto(text, bytes) {
  return encoder.encodeInto(text, bytes).written;
}

function decode(bytes) {
  return decoder.decode(bytes);
}

function isWellFormed(bytes) {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

module.exports = { encodeInto, decode, isWellFormed };
