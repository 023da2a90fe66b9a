// util.styleText as in Node v20.20: colours only for a stream that shows them (a single format),
// always for a list of formats, and the validation of its arguments. stdout is a pipe here.
const { styleText, inspect } = require('util');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, 'ERR', err.name, err.code, JSON.stringify(err.message));
  }
}

attempt('red to a pipe', () => styleText('red', 'hi'));
attempt('list to a pipe', () => styleText(['bold', 'underline'], 'hi'));
attempt('no stream check', () => styleText('red', 'hi', { validateStream: false }));
attempt('stderr stream', () => styleText('red', 'hi', { stream: process.stderr }));
attempt('tty-like stream', () => styleText('green', 'hi', { stream: { isTTY: true, write() {}, on() {} } }));
attempt('tty with few colours', () => styleText('green', 'hi', { stream: { isTTY: true, write() {}, on() {}, getColorDepth() { return 1; } } }));
attempt('options ignored when not an object', () => styleText('red', 'hi', 5));
attempt('empty list', () => styleText([], 'hi'));
attempt('nested', () => styleText('red', `a${styleText('blue', 'b', { validateStream: false })}c`, { validateStream: false }));
attempt('gray', () => styleText('gray', 'x', { validateStream: false }));
attempt('alias grey', () => styleText('grey', 'x', { validateStream: false }));
attempt('bgRed', () => styleText('bgRed', 'x', { validateStream: false }));
attempt('all formats', () => Object.keys(inspect.colors)
  .map((key) => styleText(key, '', { validateStream: false })).join('|'));
attempt('bad format', () => styleText('nope', 'hi'));
attempt('bad format in list', () => styleText(['red', 'nope'], 'hi'));
attempt('inherited name', () => styleText('toString', 'hi'));
attempt('format number', () => styleText(5, 'x'));
attempt('text number', () => styleText('red', 5));
attempt('text checked first', () => styleText(['nope'], 5));
attempt('bad stream', () => styleText('red', 'hi', { stream: {} }));
attempt('bad stream with a list', () => styleText(['red'], 'hi', { stream: {} }));
attempt('stream checked before format', () => styleText('nope', 'x', { stream: {} }));
attempt('validateStream not boolean', () => styleText('red', 'hi', { validateStream: 'x' }));
console.log(styleText.name, styleText.length);
