'use strict';
// dns.lookup: IP literals, families, all, hints, order and verbatim, the deprecated empty
// hostname, a name that does not exist, and every argument check. Only localhost and .invalid
// names, so that no network is needed.

const dns = require('dns');

function attempt(label, action) {
  try {
    console.log(label, action());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

const noop = () => {};
attempt('hints 99', () => dns.lookup('x', { hints: 99 }, noop));
attempt('hints string', () => dns.lookup('x', { hints: 'x' }, noop));
attempt('order', () => dns.lookup('x', { order: 'x' }, noop));
attempt('verbatim', () => dns.lookup('x', { verbatim: 1 }, noop));
attempt('family 5', () => dns.lookup('x', { family: 5 }, noop));
attempt('family "4"', () => dns.lookup('x', { family: '4' }, noop));
attempt('number family 5', () => dns.lookup('x', 5, noop));
attempt('string options', () => dns.lookup('x', '4', noop));
attempt('boolean options', () => dns.lookup('x', true, noop));
attempt('number hostname', () => dns.lookup(5, noop));
attempt('no callback', () => dns.lookup('x'));
attempt('options, no callback', () => dns.lookup('x', {}));
attempt('all 1', () => dns.lookup('x', { all: 1 }, noop));
attempt('setDefaultResultOrder x', () => dns.setDefaultResultOrder('x'));
attempt('getDefaultResultOrder', () => dns.getDefaultResultOrder());
attempt('lookupService missing', () => dns.lookupService('127.0.0.1', 80));
attempt('lookupService address', () => dns.lookupService('x', 80, noop));
attempt('lookupService number address', () => dns.lookupService(5, 80, noop));
attempt('lookupService port', () => dns.lookupService('127.0.0.1', 70000, noop));
attempt('lookupService null port', () => dns.lookupService('127.0.0.1', null, noop));
attempt('lookupService callback', () => dns.lookupService('127.0.0.1', 80, 'x'));

const steps = [
  ['literal 4', '192.0.2.1', undefined], ['literal 6', '2001:db8::1', { all: true }],
  ['literal with other family', '::1', { family: 4 }], ['localhost 4', 'localhost', 4],
  ['localhost IPv4 all', 'localhost', { family: 'IPv4', all: true }],
  ['localhost 4 ipv6first', 'localhost', { family: 4, order: 'ipv6first', all: true }],
  ['localhost 4 verbatim false', 'localhost', { family: 4, verbatim: false }],
  ['localhost 4 addrconfig', 'localhost', { family: 4, hints: dns.ADDRCONFIG | dns.V4MAPPED }],
  ['null', null, undefined], ['empty 6', '', { family: 6 }], ['empty all', '', { all: true }],
];
let index = 0;
function next() {
  if (index === steps.length) {
    nonexistent();
    return;
  }
  const [label, hostname, options] = steps[index++];
  const done = (error, address, family) => {
    console.log(label, error ? error.code : [address, family]);
    next();
  };
  const request = options === undefined ? dns.lookup(hostname, done) : dns.lookup(hostname, options, done);
  if (index === 1) console.log('returns', typeof request);
}
next();

// Without network a resolver may answer EAI_AGAIN instead of ENOTFOUND; both are Node's errors.
function nonexistent() {
  dns.lookup('nope.invalid', { all: true }, (error) => {
    const expected = { ENOTFOUND: -3008, EAI_AGAIN: -3001 }[error.code];
    console.log('nonexistent', expected === error.errno || (error.code === 'ENOTFOUND' && error.errno === -3007),
      error.message === `getaddrinfo ${error.code} nope.invalid`, error.syscall, error.hostname, Object.keys(error));
    dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, (failure, address, family) => {
      console.log('v4mapped', failure, ['::1', '::ffff:127.0.0.1'].includes(address), family);
      dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
        console.log('lookupService', err, typeof hostname, service);
        dns.lookupService('192.0.2.1', 80, (failed) => {
          console.log('lookupService unknown', failed.message, failed.code, failed.errno, failed.syscall, failed.hostname);
        });
      });
    });
  });
}
