'use strict';
// What each dns.resolve* call makes of a NOERROR response, as Node (over c-ares) reports it:
// the result, or the error code when there is nothing to report. The rules are c-ares's:
// - no answer records at all is ENODATA, for every type;
// - A/AAAA: the address records (their TTL capped by the CNAMEs' on the way); a response with a
//   CNAME but no address is an empty list, without either it is ENODATA;
// - CNAME: one name, the target of the first CNAME, else the queried name if addresses came;
// - NS and PTR: ENODATA when none; MX, TXT, SRV, NAPTR, CAA: a list, maybe empty;
// - SOA: the first one; answers without any are EBADRESP;
// - ANY: every kind above in a fixed order, CNAME standing in for the A records.

const { TYPE } = require('internal/dns/wire');

class NoResult {
  constructor(code) { this.code = code; }
}

function ofType(response, type) {
  return response.answers.filter((record) => record.type === type);
}

function cnameTtl(response) {
  let ttl = Infinity;
  for (const record of ofType(response, TYPE.CNAME)) ttl = Math.min(ttl, record.ttl);
  return ttl;
}

// { address, ttl } of the A or AAAA records, or a NoResult.
function addresses(response, type) {
  const capTtl = cnameTtl(response);
  const found = ofType(response, type).map((record) => ({ address: record.data, ttl: Math.min(record.ttl, capTtl) }));
  if (found.length === 0 && capTtl === Infinity) return new NoResult('ENODATA');
  return found;
}

function canonicalName(response) {
  const [cname] = ofType(response, TYPE.CNAME);
  if (cname !== undefined) return cname.data;
  if (ofType(response, TYPE.A).length > 0) return response.questions[0]?.name ?? '';
  return null;
}

function names(response, type) {
  const found = ofType(response, type).map((record) => record.data);
  return found.length === 0 ? new NoResult('ENODATA') : found;
}

const mx = (record) => ({ exchange: record.data.exchange, priority: record.data.priority });
const txt = (record) => record.data;
const srv = (record) => ({ name: record.data.name, port: record.data.port, priority: record.data.priority, weight: record.data.weight });
const naptr = (record) => ({ ...record.data });
const soa = (record) => ({ ...record.data });
const caa = (record) => ({ critical: record.data.critical, [record.data.tag]: record.data.value });

const builders = {
  queryA: (response, ttl) => withTtl(addresses(response, TYPE.A), ttl),
  queryAaaa: (response, ttl) => withTtl(addresses(response, TYPE.AAAA), ttl),
  queryCname: (response) => {
    const name = canonicalName(response);
    return name === null ? new NoResult('ENODATA') : [name];
  },
  queryMx: (response) => ofType(response, TYPE.MX).map(mx),
  queryNs: (response) => names(response, TYPE.NS),
  queryTxt: (response) => ofType(response, TYPE.TXT).map(txt),
  querySrv: (response) => ofType(response, TYPE.SRV).map(srv),
  queryPtr: (response) => names(response, TYPE.PTR),
  queryNaptr: (response) => ofType(response, TYPE.NAPTR).map(naptr),
  querySoa: (response) => {
    const [first] = ofType(response, TYPE.SOA);
    return first === undefined ? new NoResult('EBADRESP') : soa(first);
  },
  queryCaa: (response) => ofType(response, TYPE.CAA).map(caa),
  queryAny: (response) => {
    const result = [];
    const add = (entry, type) => result.push({ ...entry, type });
    if (ofType(response, TYPE.CNAME).length > 0) {
      add({ value: canonicalName(response) }, 'CNAME');
    } else {
      for (const entry of asList(addresses(response, TYPE.A))) add(entry, 'A');
    }
    for (const entry of asList(addresses(response, TYPE.AAAA))) add(entry, 'AAAA');
    for (const record of ofType(response, TYPE.MX)) add(mx(record), 'MX');
    for (const record of ofType(response, TYPE.NS)) add({ value: record.data }, 'NS');
    for (const record of ofType(response, TYPE.TXT)) add({ entries: txt(record) }, 'TXT');
    for (const record of ofType(response, TYPE.SRV)) add(srv(record), 'SRV');
    for (const record of ofType(response, TYPE.PTR)) add({ value: record.data }, 'PTR');
    for (const record of ofType(response, TYPE.NAPTR)) add(naptr(record), 'NAPTR');
    const [firstSoa] = ofType(response, TYPE.SOA);
    if (firstSoa !== undefined) add(soa(firstSoa), 'SOA');
    for (const record of ofType(response, TYPE.CAA)) add(caa(record), 'CAA');
    return result;
  },
  getHostByAddr: (response) => names(response, TYPE.PTR),
};

function asList(found) {
  return found instanceof NoResult ? [] : found;
}

function withTtl(found, ttl) {
  if (found instanceof NoResult || ttl) return found;
  return found.map((entry) => entry.address);
}

// The result of `bindingName` for a NOERROR `response`, or a NoResult with the error code.
function buildResult(bindingName, response, ttl) {
  if (response.answerCount === 0) return new NoResult('ENODATA');
  return builders[bindingName](response, ttl);
}

module.exports = { NoResult, buildResult };
