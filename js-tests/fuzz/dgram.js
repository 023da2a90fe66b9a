'use strict';
// A frozen corpus of fuzzed dgram calls (fixtures/dgram-cases.js): each case prints its outcome,
// compared with Node 20's. Under datagraal, dgram send() bounds are strict as in Node 20.
if (process.datagraal) process.datagraal.strictSendBounds = true;
const { runCase, shutdown } = require('./fixtures/harness');
const cases = require('./fixtures/dgram-cases');

(async () => {
  for (const testCase of cases) console.log((await runCase(testCase)).line);
  console.log(`${cases.length} cases`);
  shutdown();
})();
