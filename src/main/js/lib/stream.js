'use strict';
// Node's `stream`: Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished,
// Readable.from, async iteration and the rest come from the readable-stream package
// (internal/streams/readable_stream), with Node 20's differences applied (internal/streams/node20).

const { loadReadableStream } = require('internal/streams/readable_stream');

module.exports = require('internal/streams/node20').adjust(loadReadableStream('stream'));
