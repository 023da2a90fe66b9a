// Error.captureStackTrace (with and without a function to hide, on plain objects) and
// Error.stackTraceLimit (how many frames, none), as V8 does them.
function MyError(msg) { this.message = msg; Error.captureStackTrace(this, MyError); }
function make() { return new MyError('m'); }
const e = make();
console.log(e.stack.split('\n')[0], e.stack.split('\n')[1].trim().split(' ')[1]);
const o = {}; Error.captureStackTrace(o); console.log(typeof o.stack, o.stack.split('\n')[0]);
console.log(Error.stackTraceLimit);
Error.stackTraceLimit = 1;
function a() { return b(); } function b() { return new Error('x'); }
console.log(a().stack.split('\n').length);
Error.stackTraceLimit = 0; console.log(JSON.stringify(new Error('y').stack));
Error.stackTraceLimit = 10;
const d = Object.getOwnPropertyDescriptor(o, 'stack'); console.log(d && Object.keys(d), d && d.enumerable);
try { Error.captureStackTrace(5); } catch (err) { console.log(err.name, err.message); }
class E2 extends Error { constructor() { super('z'); this.name = 'E2'; } }
console.log(new E2().stack.split('\n')[0]);
const withMsg = { message: 'mm', name: 'Nm' }; Error.captureStackTrace(withMsg); console.log(withMsg.stack.split('\n')[0]);
