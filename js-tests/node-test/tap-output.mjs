// node:test's TAP report of a file run directly with stdout not a terminal, compared after
// taking out what varies between runs and engines (durations, stack frames).
import { test, describe, it, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert';
import { events } from './fixtures/capture.mjs';

describe('a suite', () => {
  before(() => events.push('before'));
  beforeEach(() => events.push('beforeEach'));
  afterEach(() => events.push('afterEach'));
  after(() => events.push('after'));
  it('passes', () => { events.push('passes'); });
  it('fails an assertion', () => { assert.strictEqual(1, 2); });
  it.skip('is skipped', () => {});
  it.todo('is to do');
  it('awaits', async () => { await new Promise((resolve) => setTimeout(resolve, 5)); });
  describe('nested', () => {
    it('deep', () => {});
  });
});

test('with subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('skips itself', (t) => { t.skip('not today'); });
  t.diagnostic('a diagnostic line');
});
test('throws a TypeError', () => {
  const error = new TypeError('bad thing');
  error.code = 'ERR_SOMETHING';
  throw error;
});
test('rejects with a multi-line message', async () => { throw new Error('first line\nsecond line'); });
test('throws a non-error', () => { throw { reason: 'object' }; });
test('deep equality', () => { assert.deepStrictEqual({ a: [1, 'x'], b: null }, { a: [1, "it's"], b: undefined }); });
test('callback style', (t, done) => { setTimeout(done, 1); });
test('todo that fails', { todo: 'not yet' }, () => { throw new Error('expected'); });
test('skip option', { skip: true }, () => {});
test('times out', { timeout: 10 }, () => new Promise((resolve) => setTimeout(resolve, 500)));
test('name with # and \\ escapes', () => {});
test(function namedFunction() {});
