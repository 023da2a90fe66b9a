'use strict';
// The class every Buffer is made by: a plain Uint8Array subclass whose prototype the buffer
// module turns into Buffer.prototype. Built-ins that make Buffers on a hot path (dgram's received
// datagrams) construct it directly rather than through Buffer.from's argument dispatch.

class FastBuffer extends Uint8Array {}

module.exports = FastBuffer;
