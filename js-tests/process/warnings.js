// process.emitWarning: the 'warning' event on a later tick, and Node's stderr lines
// "(node:PID) [CODE] Name: message" (the first with the --trace-warnings hint), captured here
// from process.stderr.write; bad arguments fail with Node's errors.
const written = [];
const realWrite = process.stderr.write;
process.stderr.write = function capture(chunk, ...rest) {
  written.push(String(chunk).replaceAll(`(node:${process.pid})`, '(node:PID)'));
  return true;
};
process.on('warning', (warning) => console.log('event', warning.name, warning.code, warning.message, warning.detail,
  warning instanceof Error));
process.emitWarning('first one');
console.log('emitted synchronously, no event yet');
process.emitWarning('second', 'CustomWarning', 'C01');
process.emitWarning('dep', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'some detail' });
const custom = new Error('an error object');
custom.name = 'MyWarning';
process.emitWarning(custom);
process.emitWarning('with a ctor', 'Warning', function ctor() {});
for (const bad of [() => process.emitWarning(5), () => process.emitWarning('x', 5), () => process.emitWarning('x', 'T', 7)]) {
  try {
    bad();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
setTimeout(() => {
  process.stderr.write = realWrite;
  console.log(JSON.stringify(written.join('')).replaceAll('\\n', '\n'));
}, 10);
