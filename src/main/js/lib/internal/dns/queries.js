'use strict';
// The queries behind every resolve* method, shared by the callback and the promise Resolver:
// run(channel, bindingName, name, ttl, done) calls done(error, result) once, never synchronously.

const { setImmediate } = require('timers');
const { dnsException, hostsFileAliases, reverseName } = require('internal/dns/utils');

// The answer builders are loaded with the first response.
let answers;
function buildResult(bindingName, response, ttl) {
  answers ??= require('internal/dns/answers');
  return answers.buildResult(bindingName, response, ttl);
}
function isNoResult(result) {
  return result instanceof answers.NoResult;
}

// Method names as Node has them (they name the errors' syscall), with the record type asked.
const QUERIES = [
  ['resolveAny', 'queryAny', 'ANY'],
  ['resolve4', 'queryA', 'A'],
  ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'],
  ['resolveCname', 'queryCname', 'CNAME'],
  ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'],
  ['resolveTxt', 'queryTxt', 'TXT'],
  ['resolveSrv', 'querySrv', 'SRV'],
  ['resolvePtr', 'queryPtr', 'PTR'],
  ['resolveNaptr', 'queryNaptr', 'NAPTR'],
  ['resolveSoa', 'querySoa', 'SOA'],
];

// resolve(hostname, rrtype) dispatches on these.
const RRTYPE_METHODS = {
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TXT: 'resolveTxt',
};

const TYPE_OF = Object.fromEntries(QUERIES.map(([, bindingName, type]) => [bindingName, type]));

// `asciiName` is what goes on the wire; `hostname` is what the caller gave, for the error.
function runQuery(channel, bindingName, hostname, asciiName, ttl, done) {
  const fail = (code) => done(dnsException(code, bindingName, hostname));
  const started = channel.query(asciiName, TYPE_OF[bindingName], (code, response) => {
    if (code !== undefined) {
      fail(code);
      return;
    }
    const result = buildResult(bindingName, response, ttl);
    if (isNoResult(result)) fail(result.code);
    else done(null, result);
  });
  if (!started) setImmediate(fail, 'EBADNAME');
}

// dns.reverse: /etc/hosts first, then a PTR query; every failure but a cancel reads ENOTFOUND.
// Returns the EINVAL error for what is not an IP address, without starting anything.
function runReverse(channel, address, done) {
  const questionName = reverseName(address);
  if (questionName === null) return dnsException(-22, 'getHostByAddr', address);
  const aliases = hostsFileAliases(address);
  if (aliases !== null) {
    setImmediate(done, null, aliases);
    return null;
  }
  const fail = (code) => done(dnsException(code === 'ECANCELLED' ? code : 'ENOTFOUND', 'getHostByAddr', address));
  channel.query(questionName, 'PTR', (code, response) => {
    if (code !== undefined) {
      fail(code);
      return;
    }
    const result = buildResult('getHostByAddr', response, false);
    if (isNoResult(result)) fail(result.code);
    else done(null, result);
  });
  return null;
}

module.exports = { QUERIES, RRTYPE_METHODS, runQuery, runReverse };
