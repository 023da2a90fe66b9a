'use strict';
// Node 20's `net` module, as far as datagraal goes: IP literal checks, BlockList, SocketAddress
// and the default auto-select-family settings. TCP (Socket, Server, connect, ...) is not
// implemented: those throw a clear error rather than pretending to connect.

const { makeNodeError } = require('internal/errors');
const { validateBoolean, validateInt32 } = require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { BlockList } = require('internal/blocklist');
const { SocketAddress } = require('internal/socketaddress');

function tcpUnsupported(name) {
  return makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    `${name} is not supported by datagraal: TCP sockets are not implemented (UDP is, through dgram)`);
}

// Callable and constructible like Node's, so `instanceof net.Socket` still works; using them throws.
function Socket(options) {
  throw tcpUnsupported('net.Socket');
}

function Server(options, connectionListener) {
  throw tcpUnsupported('net.Server');
}

function createServer(options, connectionListener) {
  throw tcpUnsupported('net.createServer()');
}

// net.createConnection is the same function, as in Node.
function connect(...args) {
  throw tcpUnsupported('net.connect()');
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

module.exports = {
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
