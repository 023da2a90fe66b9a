'use strict';
// Node's `stream/consumers`: read a whole stream (or any async iterable) as text, JSON, bytes.
// (blob() waits for a Blob in the buffer module.)

const { Buffer } = require('buffer');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return chunks;
}

async function buffer(stream) {
  return Buffer.concat(await collect(stream));
}

async function arrayBuffer(stream) {
  const bytes = await buffer(stream);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

// Blob is not provided by datagraal's buffer module yet.
async function blob() {
  const error = new Error('stream/consumers blob() is not supported by datagraal');
  error.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
  throw error;
}

module.exports = { arrayBuffer, blob, buffer, json, text };
