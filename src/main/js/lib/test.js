'use strict';
// node:test: test(), describe()/it() (suite() too), hooks and TAP output for a file run
// directly. See internal/test_runner/harness.js for what is left out.

const harness = require('internal/test_runner/harness');

const test = harness.test;
test.after = harness.after;
test.afterEach = harness.afterEach;
test.before = harness.before;
test.beforeEach = harness.beforeEach;
test.describe = harness.describe;
test.it = harness.it;
test.run = function run() {
  throw harness.notSupported('node:test run()');
};
test.suite = harness.describe;
test.test = test;
test.mock = Object.freeze({
  fn() { throw harness.notSupported('node:test mock'); },
  method() { throw harness.notSupported('node:test mock'); },
  getter() { throw harness.notSupported('node:test mock'); },
  setter() { throw harness.notSupported('node:test mock'); },
  reset() {},
  restoreAll() {},
  get timers() { throw harness.notSupported('node:test mock'); },
});

module.exports = test;
