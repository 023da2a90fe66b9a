'use strict';
// The resolver's DNS client, in the role c-ares plays for Node: queries go over UDP (our own
// dgram) to the servers set, one after another, each try waiting `timeout` ms (doubled every
// round), `tries` rounds in all. A socket per server is connected to it, so that a server that
// is not listening answers ECONNREFUSED at once (the ICMP error reaches a connected socket only).
// The sockets exist while queries are in flight, so an idle resolver never keeps the process alive.
//
// What differs from c-ares: no TCP, so a truncated answer (TC bit) is used as far as it goes,
// and no EDNS.

const { setTimeout, clearTimeout, setImmediate } = require('timers');

const DEFAULT_TIMEOUT_MS = 2000;
const RCODE_ERRORS = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };

// Loaded on the first query: a dgram script that only looks names up never needs them.
let dgram;
let wire;

// One server: address (without zone), port, family.
function serverKey(server) {
  return `${server.family}|${server.address}|${server.port}`;
}

class ChannelWrap {
  #timeout;
  #tries;
  #servers = null;
  #systemDefaults;
  #localAddress = { 4: undefined, 6: undefined };
  #queries = new Map();
  #sockets = new Map();

  // timeout: ms per try, -1 for the system's (resolv.conf's `options timeout:`, else 2 s).
  // systemDefaults() gives { servers, timeout } from the system, read only when first needed.
  constructor(timeout, tries, systemDefaults) {
    this.#timeout = timeout;
    this.#tries = tries;
    this.#systemDefaults = systemDefaults;
  }

  get servers() { return this.#currentServers().map((server) => ({ ...server })); }

  #currentServers() {
    this.#servers ??= this.#systemDefaults().servers;
    return this.#servers;
  }

  #tryTimeout() {
    if (this.#timeout === -1) this.#timeout = this.#systemDefaults().timeout ?? DEFAULT_TIMEOUT_MS;
    return this.#timeout;
  }

  get pendingQueries() { return this.#queries.size; }

  // Replaces the servers; refused (false) while queries are in flight, as c-ares does.
  setServers(servers) {
    if (this.#queries.size > 0) return false;
    const seen = new Set();
    this.#servers = [];
    for (const server of servers) {
      const key = serverKey(server);
      if (seen.has(key)) continue;
      seen.add(key);
      this.#servers.push({ address: server.address, port: server.port, family: server.family });
    }
    this.#closeSockets();
    return true;
  }

  setLocalAddress(ipv4, ipv6) {
    this.#localAddress = { 4: ipv4, 6: ipv6 };
    this.#closeSockets();
  }

  // Ends every query in flight with ECANCELLED; their callbacks run on a later turn of the loop.
  cancel() {
    for (const query of [...this.#queries.values()]) this.#finish(query, 'ECANCELLED', undefined, true);
  }

  // Asks the servers for `name` (already ASCII); callback(code, response) with code undefined on
  // NOERROR. Returns false when the name is not one c-ares would send (EBADNAME).
  query(name, typeName, callback) {
    wire ??= require('internal/dns/wire');
    const labels = wire.nameToLabels(name);
    if (labels === null) return false;
    let id;
    do id = Math.floor(Math.random() * 0x10000); while (this.#queries.has(id));
    const message = wire.encodeQuery(id, labels, wire.TYPE[typeName]);
    const query = {
      id, message, question: wire.queryQuestion(message), callback, attempt: -1, timer: null, server: null,
      lastError: undefined,
    };
    this.#queries.set(id, query);
    if (this.#currentServers().length === 0) {
      // c-ares's ENOSERVER, which Node does not name.
      this.#finish(query, 'UNKNOWN_ARES_ERROR', undefined, true);
      return true;
    }
    this.#nextAttempt(query);
    return true;
  }

  #nextAttempt(query) {
    clearTimeout(query.timer);
    query.timer = null;
    query.attempt++;
    const count = this.#servers.length;
    if (query.attempt >= count * this.#tries) {
      this.#finish(query, query.lastError ?? 'ETIMEOUT');
      return;
    }
    const server = this.#servers[query.attempt % count];
    const round = Math.floor(query.attempt / count);
    query.server = server;
    query.timer = setTimeout(() => {
      query.lastError = 'ETIMEOUT';
      this.#nextAttempt(query);
    }, Math.min(this.#tryTimeout() * 2 ** round, 2 ** 31 - 1));
    const entry = this.#socketFor(server);
    const send = () => {
      if (!this.#queries.has(query.id) || query.server !== server || entry.closed) return;
      entry.socket.send(query.message, (error) => {
        if (error && this.#queries.has(query.id) && query.server === server) this.#failAttempt(query, error);
      });
    };
    if (entry.connected) send();
    else entry.waiting.push(send);
  }

  // Whatever fails on the socket (refused, a local address that cannot be bound) is ECONNREFUSED
  // to c-ares; only datagraal's network policy keeps its own code, to say why.
  #failAttempt(query, error) {
    query.lastError = error?.code === 'ERR_ACCESS_DENIED' ? error.code : 'ECONNREFUSED';
    this.#nextAttempt(query);
  }

  #socketFor(server) {
    const key = serverKey(server);
    let entry = this.#sockets.get(key);
    if (entry !== undefined) return entry;
    dgram ??= require('dgram');
    const socket = dgram.createSocket(server.family === 6 ? 'udp6' : 'udp4');
    entry = { socket, connected: false, closed: false, waiting: [] };
    this.#sockets.set(key, entry);
    const current = entry;
    socket.on('message', (bytes) => this.#onResponse(server, bytes));
    // A refused or failed socket is dropped; the queries waiting on this server move on.
    const fail = (error) => {
      this.#dropSocket(key, current);
      for (const query of [...this.#queries.values()]) {
        if (query.server === server) this.#failAttempt(query, error);
      }
    };
    socket.on('error', fail);
    const local = this.#localAddress[server.family];
    if (local !== undefined) socket.bind({ port: 0, address: local });
    socket.connect(server.port, server.address, (error) => {
      if (error) {
        fail(error);
        return;
      }
      current.connected = true;
      const waiting = current.waiting;
      current.waiting = [];
      for (const send of waiting) send();
    });
    return entry;
  }

  #onResponse(server, bytes) {
    let response;
    try {
      response = wire.decodeResponse(bytes);
    } catch (error) {
      if (error instanceof wire.MalformedMessage) return;
      throw error;
    }
    const query = this.#queries.get(response.id);
    if (query === undefined || query.server !== server || !response.response) return;
    const [question] = response.questions;
    if (response.questions.length !== 1 || question.name !== query.question.name ||
        question.type !== query.question.type || question.class !== query.question.class) {
      return;
    }
    const code = RCODE_ERRORS[response.rcode];
    if (response.malformed || (response.rcode !== 0 && code === undefined)) this.#finish(query, 'EBADRESP');
    else this.#finish(query, code, response);
  }

  #finish(query, code, response, later = false) {
    clearTimeout(query.timer);
    this.#queries.delete(query.id);
    query.server = null;
    if (this.#queries.size === 0) this.#closeSockets();
    if (later) setImmediate(query.callback, code, response);
    else query.callback(code, response);
  }

  #dropSocket(key, entry) {
    if (this.#sockets.get(key) !== entry) return;
    this.#sockets.delete(key);
    entry.closed = true;
    try {
      entry.socket.close();
    } catch {
      // Already closed.
    }
  }

  #closeSockets() {
    for (const [key, entry] of [...this.#sockets]) this.#dropSocket(key, entry);
  }
}

module.exports = { ChannelWrap };
