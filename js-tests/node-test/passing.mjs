// A file whose tests all pass exits with 0.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { events } from './fixtures/capture.mjs';

describe('arithmetic', () => {
  it('adds', () => { assert.equal(1 + 1, 2); });
  it('awaits a timer', async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    events.push('timer fired');
  });
});
