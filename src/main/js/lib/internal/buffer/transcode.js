'use strict';
// buffer.transcode(): converts bytes between utf8, utf16le, latin1 and ascii with the results of
// Node's ICU-based implementation, which takes a different route per pair of encodings:
// - latin1/ascii -> utf16le widens every byte, even ascii's bytes >= 0x80;
// - utf8 -> utf16le and utf16le -> utf8 refuse ill-formed input (U_INVALID_CHAR_FOUND), and the
//   latter ignores an odd last byte (and fails on a single byte);
// - utf16le -> latin1/ascii ignores an odd last byte and writes '?' for a lone surrogate;
// - every other pair decodes to code points (ill-formed input and ascii's bytes >= 0x80 become
//   U+FFFD, an odd last utf16le byte too) and encodes them, writing '?' for what the target
//   cannot hold, except for the default-ignorable code points, which it drops.
// Returns the bytes, or the name of the ICU error.

const encodings = require('internal/buffer/encodings');

const QUESTION_MARK = 0x3f;

// The code points ICU drops instead of substituting, as measured against Node 20.
const droppedRanges = [
  [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

function isDropped(codePoint) {
  return droppedRanges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

const transcodable = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

function transcodeBytes(source, from, to) {
  if (!transcodable.has(from) || !transcodable.has(to)) return 'U_ILLEGAL_ARGUMENT_ERROR';
  const length = source.length;
  if ((from === 'latin1' || from === 'ascii') && to === 'utf16le') {
    return encodeText(encodings.decode(source, 0, length, 'latin1'), to);
  }
  if (from === 'utf8' && to === 'utf16le') {
    if (!encodings.isWellFormedUtf8(source, 0, length)) return 'U_INVALID_CHAR_FOUND';
    return encodeText(encodings.decode(source, 0, length, 'utf8'), to);
  }
  if (from === 'utf16le') {
    const text = encodings.decode(source, 0, length, 'utf16le');
    // Nothing to convert (a single byte) counts as a failure too.
    if (to === 'utf8') return text.length > 0 && text.isWellFormed() ? encodeText(text, to) : 'U_INVALID_CHAR_FOUND';
    if (to === 'utf16le') {
      // An odd last byte is one more U+FFFD, or part of the same one after a high surrogate.
      const pendingHighSurrogate = /[\ud800-\udbff]$/.test(text);
      const oddTail = length % 2 === 1 && !pendingHighSurrogate ? '\ufffd' : '';
      return encodeText(text.toWellFormed() + oddTail, to);
    }
    return encodeText(text, to);
  }
  let text;
  if (from === 'ascii') text = encodings.decode(source, 0, length, 'latin1').replace(/[\x80-\xff]/g, '\ufffd');
  else text = encodings.decode(source, 0, length, from);
  return encodeText(text, to);
}

function encodeText(text, to) {
  if (to === 'latin1' || to === 'ascii') return encodeNarrow(text, to === 'latin1' ? 0xff : 0x7f);
  const bytes = new Uint8Array(encodings.byteLength(text, to));
  encodings.write(bytes, text, 0, bytes.length, to);
  return bytes;
}

// One byte per code point up to `highest`; lone surrogates count as code points.
function encodeNarrow(text, highest) {
  const bytes = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0);
    if (codePoint <= highest) bytes.push(codePoint);
    else if (!isDropped(codePoint)) bytes.push(QUESTION_MARK);
  }
  return new Uint8Array(bytes);
}

module.exports = { transcodeBytes };
