'use strict';
// Node's dgram module: the Socket API, its argument checks, state and events. The socket work
// itself is the Java UDP handle of internalBinding('udp_wrap').

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const FastBuffer = require('internal/buffer/fast_buffer');
const dns = require('dns');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_BUFFER_OUT_OF_BOUNDS, ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_DGRAM_NOT_RUNNING, ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_BAD_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_IP_BLOCKED,
  },
  exceptionWithHostPort, errnoException, systemError, accessDenied,
} = require('internal/errors');
const {
  validatePort, validateString, validateFunction, validateNumber, validateUint32, validateAbortSignal,
} = require('internal/validators');

const { isBlockList } = require('internal/blocklist');
const { isIP } = require('internal/net');

const binding = internalBinding('udp_wrap');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;
const UV_UDP_IPV6ONLY = 1;
const UV_UDP_REUSEADDR = 4;
const UV_UDP_REUSEPORT = 8;
const kStateSymbol = Symbol('state symbol');
// Node's test flag: no send leaves at once; each waits in the handle's queue for a loop turn.
const queueEverySend = process.execArgv.includes('--test-udp-no-try-send');
const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let receiveBlockList;
  let sendBlockList;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize !== undefined) {
      validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      recvBufferSize = options.recvBufferSize;
    }
    if (options.sendBufferSize !== undefined) {
      validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      sendBufferSize = options.sendBufferSize;
    }
    receiveBlockList = blockListOption(options, 'receiveBlockList');
    sendBlockList = blockListOption(options, 'sendBlockList');
  }
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kStateSymbol] = {
    handle: binding.create(type === 'udp6'),
    family: type === 'udp6' ? 'IPv6' : 'IPv4',
    // dns.lookup is read at call time, so a script that replaces it is obeyed.
    lookup: lookup ?? ((address, family, callback) => dns.lookup(address, family, callback)),
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    reusePort: options?.reusePort,
    ipv6Only: options?.ipv6Only,
    recvBufferSize,
    sendBufferSize,
    receiveBlockList,
    sendBlockList,
  };
  if (queueEverySend) this[kStateSymbol].handle.queueEverySend();
  if (options?.signal !== undefined) watchAbortSignal(this, options.signal);
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

// Node 22's createSocket options: a net.BlockList of senders to ignore or of peers not to reach.
function blockListOption(options, name) {
  const value = options[name];
  if (!value) return undefined;
  if (!isBlockList(value)) throw new ERR_INVALID_ARG_TYPE(`options.${name}`, 'net.BlockList', value);
  return value;
}

// Whether the sendBlockList forbids `ip`, a literal the lookup gave.
function sendBlocked(state, ip) {
  return state.sendBlockList !== undefined && state.sendBlockList.check(ip, `ipv${isIP(ip)}`);
}

// The dgram features datagraal cannot offer fail loudly instead of pretending.
function unsupported(what) {
  const error = new Error(`${what} is not supported by datagraal`);
  error.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  return error;
}

// The createSocket `signal` option: aborting closes the socket.
function watchAbortSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAborted = () => {
    if (socket[kStateSymbol].handle) socket.close();
  };
  if (signal.aborted) {
    onAborted();
    return;
  }
  signal.addEventListener('abort', onAborted, { once: true });
  socket.once('close', () => signal.removeEventListener('abort', onAborted));
}

// The error for a failed handle call: the network policy's refusal, or Node's system error.
function statusError(handle, status, syscall, address, port) {
  if (status === handle.deniedStatus()) return accessDenied(handle.lastDenial(), address);
  if (status === handle.nativeUnavailableStatus()) return nativeUnavailable(handle, `socket.${syscall}()`);
  return exceptionWithHostPort(status, syscall, address, port);
}

// A handle status the Java side returns when this JVM cannot make native socket calls.
function throwIfNativeUnavailable(handle, status, what) {
  if (status === handle.nativeUnavailableStatus()) throw nativeUnavailable(handle, what);
}

function nativeUnavailable(handle, what) {
  const error = new Error(`${what} is unavailable: ${handle.nativeOptionsUnavailableReason()}`);
  error.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
  return error;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// The methods Node runs straight on its handle fail on a closed socket as V8 words reading a
// property of null, naming Node's handle method; these do the same instead of going on quietly.
function openHandle(socket, nodeMethod) {
  const handle = socket[kStateSymbol].handle;
  if (!handle) throw new TypeError(`Cannot read properties of null (reading '${nodeMethod}')`);
  return handle;
}

// The address lookup of this socket's family, with the default address of an empty one.
function lookupFor(socket, address, callback) {
  const state = socket[kStateSymbol];
  const family = state.family === 'IPv6' ? 6 : 4;
  return state.lookup(address || (family === 6 ? '::1' : '127.0.0.1'), family, callback);
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.setOnMessage((bytes, address, port) => onMessage(socket, bytes, address, port));
  state.handle.setOnError((errno) => socket.emit('error', errnoException(errno, 'recvmsg')));
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function onMessage(socket, bytes, address, port) {
  const state = socket[kStateSymbol];
  if (state.receiveBlockList?.check(address, state.family === 'IPv6' ? 'ipv6' : 'ipv4')) return;
  // A view of the Java byte array the datagram was received into: no copy.
  const message = new FastBuffer(bytes);
  socket.emit('message', message, {
    address, family: state.family, port, size: message.length,
  });
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const callback = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
  if (typeof callback === 'function') {
    // Both listeners go before the callback runs, so it sees only the socket's own listeners.
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      callback.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  let address;
  if (port !== null && typeof port === 'object') {
    // As Node: a handle (something with recvStart) first, then an int32 fd > 0; else the port field.
    if (typeof port.recvStart === 'function') throw unsupported('bind() with a handle');
    if (port.fd === (port.fd | 0) && port.fd > 0) throw unsupported('bind() with an fd');
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
  // The port reaches the socket as an unsigned 16-bit number, as Node passes it to libuv.
  const portNumber = (Number(port) >>> 0) & 0xFFFF;

  lookupFor(this, address, (error, ip) => {
    if (!state.handle) return;
    if (error) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', error);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.reusePort) flags |= UV_UDP_REUSEPORT;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    const status = state.handle.bind(ip, portNumber, flags);
    if (status === state.handle.nativeUnavailableStatus()) {
      state.bindState = BIND_STATE_UNBOUND;
      try {
        throwIfNativeUnavailable(state.handle, status, 'the ipv6Only option');
      } catch (error) {
        this.emit('error', error);
      }
      return;
    }
    if (status < 0) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', statusError(state.handle, status, 'bind', ip, portNumber));
      return;
    }
    startListening(this);
  });
  return this;
};

// Node 20 throws when offset/length go past the message; Node before v20 clamped. datagraal
// clamps by default (with a warning naming the caller) unless --strict-send-bounds is given.
const warnedSendSites = new Set();

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  const strict = process.datagraal?.strictSendBounds;
  if (offset > buffer.byteLength) {
    if (strict) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    warnClamped('offset', offset, buffer.byteLength);
    offset = buffer.byteLength;
  }
  if (offset + length > buffer.byteLength) {
    if (strict) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    warnClamped('length', length, buffer.byteLength);
    length = buffer.byteLength - offset;
  }
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function warnClamped(what, value, size) {
  const site = callerSite();
  if (warnedSendSites.has(site)) return;
  warnedSendSites.add(site);
  process.stderr.write(`(datagraal:${process.pid}) Warning: dgram send() ${what} ${value} goes past the ` +
    `${size}-byte message at ${site}; clamped as Node before v20 did ` +
    '(Node 20 throws RangeError [ERR_BUFFER_OUT_OF_BOUNDS]; --strict-send-bounds does the same)\n');
}

// The first stack frame outside the built-in modules: the script line that called send().
function callerSite() {
  const frames = String(new Error().stack).split('\n').slice(1);
  for (const frame of frames) {
    if (!/\(?node:/.test(frame)) {
      const match = /\((.*)\)$/.exec(frame.trim()) ?? /^at (.*)$/.exec(frame.trim());
      return match ? match[1] : frame.trim();
    }
  }
  return 'an unknown location';
}

function toBufferList(items) {
  const list = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string') list[i] = Buffer.from(item);
    else if (ArrayBuffer.isView(item)) list[i] = item;
    else return null;
  }
  return list;
}

function enqueue(socket, send) {
  const state = socket[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    const onListenError = () => {
      socket.removeListener('listening', onListenSuccess);
      state.queue = undefined;
    };
    const onListenSuccess = () => {
      socket.removeListener(EventEmitter.errorMonitor, onListenError);
      const queue = state.queue;
      state.queue = undefined;
      for (const queued of queue) queued();
    };
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(send);
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => startConnect(this, port, address, callback));
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(socket, port, address, callback) {
  const state = socket[kStateSymbol];
  if (callback) socket.once('connect', callback);
  openHandle(socket, 'lookup');
  lookupFor(socket, address, (lookupError, ip) => {
    if (!state.handle) return;
    let error = lookupError;
    if (!error && sendBlocked(state, ip)) error = new ERR_IP_BLOCKED(ip);
    if (!error) {
      const status = state.handle.connect(ip, port);
      if (status < 0) error = statusError(state.handle, status, 'connect', address, port);
    }
    if (error) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(error);
        } else {
          socket.emit('error', error);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const status = state.handle.disconnect();
  if (status < 0) throw errnoException(status, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }
  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = toBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
  }
  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }
  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(null, this, null, list, address, port, callback);
    return;
  }
  lookupFor(this, address, (error, ip) => doSend(error, this, ip, list, address, port, callback));
};

function doSend(error, socket, ip, list, address, port, callback) {
  const state = socket[kStateSymbol];
  if (!error && ip != null && sendBlocked(state, ip)) error = new ERR_IP_BLOCKED(ip);
  if (error) {
    if (typeof callback === 'function') process.nextTick(callback, error);
    else process.nextTick(() => socket.emit('error', error));
    return;
  }
  if (!state.handle) return;
  const data = list.length === 1 ? list[0] : Buffer.concat(list);
  const hasCallback = typeof callback === 'function';
  const handle = state.handle;
  const afterQueuedSend = hasCallback ? (status) => {
    if (status < 0) callback(statusError(handle, status, 'send', address, port));
    else callback(null, status);
  } : null;
  // A connected socket sends to its peer: no address, port 0.
  const result = state.handle.send(data.buffer, data.byteOffset, data.byteLength, ip == null ? 0 : port,
    ip ?? null, afterQueuedSend);
  if (result < 0 && (result === handle.deniedStatus() || result === handle.nativeUnavailableStatus())) {
    // A refusal is never silent: the callback gets it, or else the 'error' event.
    const error = statusError(state.handle, result, 'send', address, port);
    if (hasCallback) process.nextTick(callback, error);
    else process.nextTick(() => socket.emit('error', error));
    return;
  }
  if (!hasCallback) return;
  if (result > 0) process.nextTick(callback, null, result - 1);
  else if (result < 0) process.nextTick(callback, exceptionWithHostPort(result, 'send', address, port));
}

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  const handle = state.handle;
  state.receiving = false;
  state.handle = null;
  handle.close(null);
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype.address = function address() {
  healthCheck(this);
  const state = this[kStateSymbol];
  const port = state.handle.localPort();
  if (port < 0) throw errnoException(port, 'getsockname');
  return { address: state.handle.localAddress(), family: state.family, port };
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const port = state.handle.remotePort();
  if (port < 0) throw errnoException(port, 'getpeername');
  return { address: state.handle.remoteAddress(), family: state.family, port };
};

// Runs one socket option call of the handle and throws Node's error for a failed status.
function socketOption(socket, syscall, status) {
  const handle = socket[kStateSymbol].handle;
  throwIfNativeUnavailable(handle, status, `socket.${syscall}()`);
  if (status === handle.deniedStatus()) throw accessDenied(handle.lastDenial());
  if (status < 0) throw errnoException(status, syscall);
}

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  socketOption(this, 'setBroadcast', openHandle(this, 'setBroadcast').setBroadcast(!!arg));
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  socketOption(this, 'setTTL', openHandle(this, 'setTTL').setTtl(ttl | 0));
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  socketOption(this, 'setMulticastTTL', openHandle(this, 'setMulticastTTL').setMulticastTtl(ttl | 0));
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  socketOption(this, 'setMulticastLoopback', openHandle(this, 'setMulticastLoopback').setMulticastLoopback(!!arg));
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  socketOption(this, 'setMulticastInterface', this[kStateSymbol].handle.setMulticastInterface(interfaceAddress));
};

function membership(socket, syscall, multicastAddress, interfaceAddress, join) {
  healthCheck(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const status = socket[kStateSymbol].handle.setMembership(`${multicastAddress}`,
    interfaceAddress == null ? null : `${interfaceAddress}`, join);
  socketOption(socket, syscall, status);
}

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  membership(this, 'addMembership', multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  membership(this, 'dropMembership', multicastAddress, interfaceAddress, false);
};

function sourceMembership(socket, syscall, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const status = socket[kStateSymbol].handle.setSourceMembership(sourceAddress, groupAddress,
    interfaceAddress == null ? null : `${interfaceAddress}`, join);
  socketOption(socket, syscall, status);
}

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(sourceAddress,
  groupAddress, interfaceAddress) {
  sourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(sourceAddress,
  groupAddress, interfaceAddress) {
  sourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress, false);
};

Socket.prototype.ref = function ref() {
  this[kStateSymbol].handle?.refHandle();
  return this;
};

Socket.prototype.unref = function unref() {
  this[kStateSymbol].handle?.unrefHandle();
  return this;
};

// Gets (size 0) or sets a kernel buffer size, as libuv's uv_*_buffer_size: any uint32 passes
// the check (a BigInt or Symbol fails converting, as in V8), sizes past int32 are EINVAL, and
// failures are Node's SystemError.
function bufferSize(socket, size, receive) {
  if (typeof size === 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const handle = openHandle(socket, 'bufferSize');
  const syscall = receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  const result = size > 0x7fffffff ? -22 : handle.bufferSize(receive, size);
  if (result < 0) throw systemError('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', result, syscall);
  return result;
}

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, true);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, false);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, true);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, false);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return openHandle(this, 'getSendQueueSize').sendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return openHandle(this, 'getSendQueueCount').sendQueueCount();
};

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve, reject) => {
    this.close((error) => (error ? reject(error) : resolve()));
  });
};

module.exports = { createSocket, Socket };
