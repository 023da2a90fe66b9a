'use strict';
// node:test's TAP output, as Node 20 writes it when stdout is not a terminal: "# Subtest: name",
// "ok N - name # SKIP why", a YAML block of details, the plan "1..N", and a summary of counts.

const { inspect } = require('internal/util/inspect');

const inspectOptions = { colors: false, breakLength: Infinity };

function escapeName(name) {
  return `${name}`.replaceAll('\\', '\\\\').replaceAll('#', '\\#').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t').replaceAll('\b', '\\b').replaceAll('\f', '\\f').replaceAll('\v', '\\v');
}

function isErrorLike(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

// One `key: value` of the YAML block: strings quoted as util.inspect does (several lines as a
// literal block), objects as nested keys, null as ~, undefined left out.
function yamlEntry(indent, key, value, seen) {
  if (value === undefined) return '';
  const prefix = `${indent}${key}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object' && typeof value !== 'function') {
    if (typeof value !== 'string') return `${prefix} ${inspect(value, inspectOptions)}\n`;
    const lines = value.split(/\r?\n/);
    if (lines.length === 1) return `${prefix} ${inspect(value, inspectOptions)}\n`;
    return `${prefix} |-\n${lines.map((line) => `${indent}  ${line}\n`).join('')}`;
  }
  if (typeof value === 'function') return `${prefix} ${inspect(value, inspectOptions)}\n`;
  if (seen.has(value)) return `${prefix} <Circular>\n`;
  seen.add(value);
  let text = `${prefix}\n`;
  for (const [name, entry] of Object.entries(value)) text += yamlEntry(`${indent}  `, name, entry, seen);
  seen.delete(value);
  return text;
}

// The frames of a stack ("    at f (file:1:2)" -> "f (file:1:2)").
function stackFrames(stack) {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => line.replace(/^\s+at /, ''));
}

// The failure part of a result's details: what failed and why, from the error the test threw.
function failureYaml(indent, failure) {
  const { failureType, cause, message } = failure;
  const seen = new Set();
  let text = yamlEntry(indent, 'failureType', failureType, seen);
  const causeIsObject = cause !== null && typeof cause === 'object';
  const fromCode = failureType === 'testCodeFailure' || failureType === 'hookFailed' ||
    failureType === 'testTimeoutFailure' || failureType === 'unhandledError';
  let errorMessage = message;
  let code = 'ERR_TEST_FAILURE';
  let name;
  let stack;
  let assertion;
  if (fromCode && cause !== undefined) {
    if (causeIsObject && typeof cause.message === 'string' && failureType !== 'testTimeoutFailure') {
      errorMessage = cause.message;
    }
    if (causeIsObject) {
      code = cause.code ?? code;
      name = cause.name;
      stack = cause.stack;
      if ('expected' in cause && 'actual' in cause) assertion = cause;
    }
  }
  text += yamlEntry(indent, 'error', errorMessage, seen);
  text += yamlEntry(indent, 'code', code, seen);
  if (name && name !== 'Error') text += yamlEntry(indent, 'name', name, seen);
  if (assertion) {
    text += yamlEntry(indent, 'expected', assertion.expected, seen);
    text += yamlEntry(indent, 'actual', assertion.actual, seen);
    text += yamlEntry(indent, 'operator', assertion.operator, seen);
  }
  const frames = stackFrames(stack);
  if (frames.length > 0) text += `${indent}stack: |-\n${frames.map((frame) => `${indent}  ${frame}\n`).join('')}`;
  return text;
}

// The lines of one finished test at `nesting` (0 for top-level tests).
function result(nesting, number, test) {
  const indent = '    '.repeat(nesting);
  let directive = '';
  if (test.skipped) directive = ` # SKIP${typeof test.skipped === 'string' ? ` ${escapeName(test.skipped)}` : ''}`;
  else if (test.todo) directive = ` # TODO${typeof test.todo === 'string' ? ` ${escapeName(test.todo)}` : ''}`;
  let text = `${indent}${test.failure ? 'not ok' : 'ok'} ${number} - ${escapeName(test.name)}${directive}\n`;
  const inner = `${indent}  `;
  text += `${inner}---\n`;
  text += `${inner}duration_ms: ${test.durationMs}\n`;
  if (test.isSuite) text += `${inner}type: 'suite'\n`;
  if (test.failure) {
    text += yamlEntry(inner, 'location', test.location, new Set());
    text += failureYaml(inner, test.failure);
  }
  text += `${inner}...\n`;
  for (const diagnostic of test.diagnostics) text += `${indent}# ${diagnostic}\n`;
  return text;
}

const start = (nesting, name) => `${'    '.repeat(nesting)}# Subtest: ${escapeName(name)}\n`;
const plan = (nesting, count) => `${'    '.repeat(nesting)}1..${count}\n`;

function summary(counts, durationMs) {
  return `# tests ${counts.tests}\n# suites ${counts.suites}\n# pass ${counts.pass}\n# fail ${counts.fail}\n` +
    `# cancelled ${counts.cancelled}\n# skipped ${counts.skipped}\n# todo ${counts.todo}\n# duration_ms ${durationMs}\n`;
}

module.exports = { start, result, plan, summary, isErrorLike };
