'use strict';
// util.debuglog / util.debug without NODE_DEBUG: loggers are disabled no-ops, `enabled` is
// false, the callback runs on first use with the logger, and NODE_DEBUG set by the script
// itself comes too late (Node reads it at startup).
const util = require('util');

console.log('NODE_DEBUG', process.env.NODE_DEBUG);
process.env.NODE_DEBUG = 'late,*';
const log = util.debuglog('late');
console.log('same function', util.debug === util.debuglog, typeof log, log.name, log.length);
console.log('enabled', log.enabled, Object.getOwnPropertyDescriptor(log, 'enabled') !== undefined);
console.log('returns', log('hello %s', 'world'));

const originalWrite = process.stderr.write;
let stderrText = '';
process.stderr.write = (chunk) => { stderrText += chunk; return true; };
const withCallback = util.debuglog('other', (debugFn) => {
  console.log('callback', typeof debugFn, debugFn === withCallback, debugFn('inside'));
});
console.log('before first use');
withCallback('first');
withCallback('second');
process.stderr.write = originalWrite;
console.log('stderr got', JSON.stringify(stderrText));
console.log('keys', Object.keys(log).join(','));
