'use strict';
// node:test for a file run directly (`node file.mjs`): tests and suites run one after another
// in the order they were declared, hooks around them, results in TAP on stdout as they finish,
// and when the loop runs dry ('beforeExit') the summary; any failure sets exit code 1.
// Not provided: the --test runner, run(), mocks, snapshots, reporters other than TAP.

const { inspect } = require('internal/util/inspect');
const tap = require('internal/test_runner/tap');
const { fileUrlToPath } = require('internal/modules/esm/file_url');
const { validateFunction, validateObject } = require('internal/validators');
const { makeNodeError } = require('internal/errors');

const onlyWarning = '\'only\' and \'runOnly\' require the --test-only command-line option.';

let root;
let output = (text) => process.stdout.write(text);
const building = []; // suites whose body is running: it() and hooks go to the innermost
const running = []; // tests whose function is running synchronously: test() inside goes to it

function notSupported(what) {
  return makeNodeError(Error, 'ERR_NOT_SUPPORTED', `${what} is not supported by datagraal`);
}

// Where test() was called: the first frame outside this runner, as a path:line:column.
function callerLocation() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  Error.captureStackTrace(holder, callerLocation);
  Error.stackTraceLimit = limit;
  for (const line of String(holder.stack).split('\n').slice(1)) {
    const match = /^\s+at (?:.*?\()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (!match || match[1].startsWith('node:')) continue;
    let file = match[1];
    if (file.startsWith('file://')) {
      try {
        file = fileUrlToPath(file);
      } catch {
        // Keep the URL.
      }
    }
    return `${file}:${match[2]}:${match[3]}`;
  }
  return undefined;
}

// Milliseconds as Node counts them: nanoseconds of hrtime divided by 1e6.
const now = () => process.hrtime.bigint();
const elapsedMs = (since) => Number(now() - since) / 1e6;

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get signal() { return this.#test.abort.signal; }
  get mock() { throw notSupported('node:test mock'); }

  diagnostic(message) { this.#test.diagnostics.push(`${message}`); }
  skip(message) { this.#test.skipped = message ?? true; }
  todo(message) { this.#test.todo = message ?? true; }
  runOnly() {}
  plan() { throw notSupported('t.plan()'); }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  test(name, options, fn) {
    return this.#test.createSubtest(Test, name, options, fn).whenDone;
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName; }
  get signal() { return this.#suite.abort.signal; }
}

// test(name, options, fn), with name and options optional.
function parseArguments(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  options ??= {};
  validateObject(options, 'options');
  if (fn !== undefined) validateFunction(fn, 'fn');
  return { name: name ?? (fn?.name || '<anonymous>'), options, fn: fn ?? (() => {}) };
}

class Test {
  constructor(parent, name, options, fn) {
    this.parent = parent;
    this.name = `${name}`;
    this.fn = fn;
    this.options = options;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.subtests = [];
    this.queue = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.skipped = options.skip ? options.skip : false;
    this.todo = options.todo ? options.todo : false;
    this.timeout = options.timeout ?? Infinity;
    this.failure = undefined;
    this.finished = false;
    this.durationMs = 0;
    this.abort = new AbortController();
    this.location = undefined;
    this.isSuite = false;
    this.whenDone = new Promise((resolve) => { this.resolveDone = resolve; });
    if (options.only) this.diagnostics.push(onlyWarning);
  }

  get fullName() {
    return this.parent && this.parent !== root ? `${this.parent.fullName} > ${this.name}` : this.name;
  }

  addHook(kind, fn, options = {}) {
    validateFunction(fn, 'fn');
    this.hooks[kind].push({ fn, timeout: options.timeout ?? Infinity });
  }

  createSubtest(Kind, name, options, fn) {
    const args = parseArguments(name, options, fn);
    const subtest = new Kind(this, args.name, args.options, args.fn);
    subtest.location = callerLocation();
    this.subtests.push(subtest);
    this.enqueue(subtest);
    return subtest;
  }

  enqueue(subtest) {
    this.queue.push(subtest);
    if (subtest instanceof Suite) subtest.build();
    if (!this.draining && this.started) this.drain();
  }

  // Runs the queued subtests one after another.
  async drain() {
    this.draining = true;
    if (this === root && !root.beforeHooksRan) {
      root.beforeHooksRan = true;
      await root.runHooks('before');
    }
    while (this.queue.length > 0) {
      const subtest = this.queue.shift();
      await this.runSubtest(subtest);
    }
    this.draining = false;
    this.drained?.();
  }

  async runSubtest(subtest) {
    output(tap.start(subtest.nesting, subtest.name));
    subtest.startReported = true;
    // beforeEach/afterEach wrap each test, not suites, and not skipped tests.
    const skippedUpfront = Boolean(subtest.skipped) || subtest.isSuite;
    // Without hooks to wait for, the test starts at once (t.test() runs it before returning).
    if (!skippedUpfront && !this.failure && this.hasEachHooks('beforeEach')) await this.runEachHooks('beforeEach', subtest);
    if (this.failure && !subtest.failure) {
      subtest.failure = cancelledFailure('test did not finish before its parent and was cancelled');
      subtest.finish(0);
    } else {
      await subtest.run();
    }
    if (!skippedUpfront && !this.failure && this.hasEachHooks('afterEach')) await this.runEachHooks('afterEach', subtest);
    subtest.report();
  }

  hasEachHooks(kind) {
    for (let cursor = this; cursor; cursor = cursor.parent) if (cursor.hooks[kind].length > 0) return true;
    return false;
  }

  // beforeEach hooks from the outermost ancestor in, afterEach from the innermost out.
  async runEachHooks(kind, subtest) {
    const chain = [];
    for (let cursor = this; cursor; cursor = cursor.parent) chain.push(cursor);
    if (kind === 'beforeEach') chain.reverse();
    for (const owner of chain) {
      for (const hook of owner.hooks[kind]) {
        if (kind === 'beforeEach' && subtest.failure) return;
        const error = await runWithTimeout(hook.fn, new TestContext(subtest), hook.timeout, false);
        if (error !== undefined) subtest.fail('hookFailed', error);
      }
    }
  }

  async runHooks(kind) {
    for (const hook of this.hooks[kind]) {
      const context = this.isSuite ? new SuiteContext(this) : new TestContext(this);
      const error = await runWithTimeout(hook.fn, context, hook.timeout, false);
      if (error !== undefined) {
        if (!this.failure) this.fail('hookFailed', error);
        return;
      }
    }
  }

  fail(failureType, cause) {
    if (this.failure) return;
    let message;
    if (failureType === 'testTimeoutFailure') message = `test timed out after ${this.timeout}ms`;
    else if (typeof cause === 'string') message = cause;
    else if (cause !== null && typeof cause === 'object' && typeof cause.message === 'string') message = cause.message;
    else message = inspect(cause);
    this.failure = { failureType, cause, message };
  }

  async run() {
    const started = now();
    this.started = true;
    if (!this.skipped) {
      running.push(this);
      let error;
      try {
        error = await runWithTimeout(this.fn, new TestContext(this), this.timeout, true, () => running.pop());
      } finally {
        if (running[running.length - 1] === this) running.pop();
      }
      if (error !== undefined) this.fail(error === timedOut ? 'testTimeoutFailure' : 'testCodeFailure', error === timedOut ? undefined : error);
      await this.runSubtests();
    }
    this.finish(elapsedMs(started));
  }

  async runSubtests() {
    if (this.queue.length > 0 || this.draining) {
      if (!this.draining) await this.drain();
      else await new Promise((resolve) => { this.drained = resolve; });
    }
    if (!this.skipped) await this.runHooks('after');
    if (this.subtests.length > 0 && !this.skipped) {
      output(tap.plan(this.nesting + 1, this.subtests.length));
      const failed = this.subtests.filter((subtest) => subtest.failure && !subtest.todo).length;
      if (failed > 0 && !this.failure) {
        this.failure = { failureType: 'subtestsFailed', message: `${failed} subtest${failed === 1 ? '' : 's'} failed` };
      }
    }
  }

  finish(durationMs) {
    this.durationMs = durationMs;
    this.finished = true;
    this.abort.abort();
  }

  report() {
    if (this.reportedResult) return;
    this.reportedResult = true;
    const parent = this.parent;
    parent.reported = (parent.reported ?? 0) + 1;
    output(tap.result(this.nesting, parent.reported, this));
    this.resolveDone();
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn) {
    super(parent, name, options, fn);
    this.isSuite = true;
  }

  // The suite's body runs now, declaring its tests and hooks (not for a skipped suite).
  build() {
    if (this.skipped) return;
    building.push(this);
    try {
      const result = this.fn.call(new SuiteContext(this), new SuiteContext(this));
      if (result && typeof result.then === 'function') {
        this.buildPromise = Promise.resolve(result).then(() => undefined, (error) => this.fail('testCodeFailure', error));
      }
    } catch (error) {
      this.fail('testCodeFailure', error);
    } finally {
      building.pop();
    }
  }

  async run() {
    const started = now();
    this.started = true;
    if (this.buildPromise) await this.buildPromise;
    if (!this.skipped && !this.failure) {
      await this.runHooks('before');
      await this.runSubtests();
    } else if (this.failure) {
      await this.runSubtests();
    }
    this.finish(elapsedMs(started));
  }

  async runSubtests() {
    if (this.failure && this.queue.length > 0) {
      // A failed before hook: the tests do not run.
      for (const subtest of this.queue) {
        output(tap.start(subtest.nesting, subtest.name));
        subtest.startReported = true;
        subtest.failure = cancelledFailure('test did not finish before its parent and was cancelled');
        subtest.report();
      }
      this.queue = [];
      output(tap.plan(this.nesting + 1, this.subtests.length));
      return;
    }
    await super.runSubtests();
  }
}

const timedOut = Symbol('timedOut');

function cancelledFailure(message) {
  return { failureType: 'cancelledByParent', message };
}

// Runs fn(context) (or fn(context, done) when it takes two arguments); resolves to the error it
// threw or rejected with (timedOut past `timeout` ms), undefined when it passed.
function runWithTimeout(fn, context, timeout, isTest, afterSyncPart) {
  return new Promise((resolve) => {
    let settled = false;
    let timer;
    const settle = (error) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve(error);
    };
    if (timeout !== Infinity) timer = setTimeout(() => settle(timedOut), timeout);
    try {
      if (isTest && fn.length >= 2) {
        fn.call(context, context, (error) => settle(error ?? undefined));
      } else {
        const result = fn.call(context, context);
        if (result && typeof result.then === 'function') {
          result.then(() => settle(undefined), (error) => settle(error ?? new Error('Promise rejected with undefined')));
        } else {
          settle(undefined);
        }
      }
    } catch (error) {
      settle(error);
    } finally {
      afterSyncPart?.();
    }
  });
}

function counts(test, into) {
  for (const subtest of test.subtests) {
    if (subtest.isSuite) {
      into.suites++;
    } else {
      into.tests++;
      const type = subtest.failure?.failureType;
      if (subtest.skipped) into.skipped++;
      else if (subtest.todo) into.todo++;
      else if (type === 'testTimeoutFailure' || type === 'cancelledByParent') into.cancelled++;
      else if (subtest.failure) into.fail++;
      else into.pass++;
    }
    counts(subtest, into);
  }
  return into;
}

// Tests still running when the loop ran dry never finish: reported as cancelled.
function cancelUnfinished(test) {
  for (const subtest of test.subtests) {
    if (subtest.reportedResult) continue;
    if (!subtest.startReported) output(tap.start(subtest.nesting, subtest.name));
    cancelUnfinished(subtest);
    if (!subtest.failure) subtest.failure = cancelledFailure('Promise resolution is still pending but the event loop has already resolved');
    subtest.report();
  }
}

function createRoot() {
  root = new Test(null, '<root>', {}, undefined);
  root.started = true;
  root.startedAt = now();
  output('TAP version 13\n');
  process.on('beforeExit', () => {
    if (root.summarized) return;
    if (root.hooks.after.length > 0 && !root.afterHooksRan) {
      root.afterHooksRan = true;
      root.runHooks('after');
      return;
    }
    root.summarized = true;
    cancelUnfinished(root);
    output(tap.plan(0, root.subtests.length));
    const result = counts(root, { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 });
    output(tap.summary(result, elapsedMs(root.startedAt)));
    if (result.fail > 0 || result.cancelled > 0) process.exitCode = 1;
  });
  return root;
}

// The test a new test() or it() belongs to: the suite being declared, the test running, the root.
function currentParent() {
  if (building.length > 0) return building[building.length - 1];
  if (running.length > 0) return running[running.length - 1];
  return root ?? createRoot();
}

function declare(Kind, name, options, fn, overrides) {
  const args = parseArguments(name, options, fn);
  const parent = currentParent();
  const subtest = new Kind(parent, args.name, { ...args.options, ...overrides }, args.fn);
  subtest.location = callerLocation();
  parent.subtests.push(subtest);
  if (parent === root && !root.draining) {
    root.queue.push(subtest);
    if (subtest instanceof Suite) subtest.build();
    root.draining = true;
    setImmediate(() => root.drain());
  } else {
    parent.enqueue(subtest);
  }
  return subtest;
}

function withVariants(run) {
  run.skip = (name, options, fn) => run(name, options, fn, { skip: true });
  run.todo = (name, options, fn) => run(name, options, fn, { todo: true });
  run.only = (name, options, fn) => run(name, options, fn, { only: true });
  return run;
}

const test = withVariants((name, options, fn, overrides) => declare(Test, name, options, fn, overrides).whenDone);
const it = withVariants((name, options, fn, overrides) => {
  declare(Test, name, options, fn, overrides);
});
const describe = withVariants((name, options, fn, overrides) => {
  declare(Suite, name, options, fn, overrides);
});

function hook(kind) {
  return (fn, options) => {
    const owner = currentParent();
    owner.addHook(kind, fn, options);
  };
}

module.exports = {
  test,
  it,
  describe,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  notSupported,
};
