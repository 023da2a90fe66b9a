// DataCloneError for what cannot be cloned, argument errors, and the transfer option.
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err instanceof DOMException);
  }
}

attempt('no arguments', () => structuredClone());
attempt('function', () => structuredClone(function foo() { return 1; }));
attempt('arrow', () => structuredClone(() => 1));
attempt('class', () => structuredClone(class A {}));
attempt('symbol', () => structuredClone(Symbol('x')));
attempt('symbol without description', () => structuredClone(Symbol()));
attempt('nested function', () => structuredClone({ a: { b: () => {} } }));
attempt('promise', () => structuredClone(Promise.resolve()));
attempt('weakmap', () => structuredClone(new WeakMap()));
attempt('weakset', () => structuredClone(new WeakSet()));
attempt('weakref', () => structuredClone(new WeakRef({})));
attempt('finalization registry', () => structuredClone(new FinalizationRegistry(() => {})));
attempt('generator', () => structuredClone((function* gen() {})()));
attempt('async generator', () => structuredClone((async function* gen() {})()));
attempt('array iterator', () => structuredClone([].values()));
attempt('map iterator', () => structuredClone(new Map().entries()));
attempt('arguments', () => structuredClone((function () { return arguments; })(1, 2)));
attempt('boxed symbol', () => structuredClone(Object(Symbol('q'))));
attempt('globalThis', () => structuredClone(globalThis));
attempt('getter throws', () => structuredClone({ get a() { throw new Error('from getter'); } }));

attempt('options number', () => structuredClone(1, 5));
attempt('options null', () => structuredClone(1, null));
attempt('options function', () => structuredClone(1, () => {}));
attempt('transfer undefined', () => structuredClone(1, { transfer: undefined }));
attempt('transfer number', () => structuredClone(1, { transfer: 5 }));
attempt('transfer string', () => structuredClone(1, { transfer: 'ab' }));
attempt('transfer plain object', () => structuredClone(1, { transfer: {} }));
attempt('transfer array-like', () => {
  const buffer = new ArrayBuffer(4);
  structuredClone(buffer, { transfer: { length: 1, 0: buffer } });
  return buffer.byteLength;
});
attempt('transfer bad item', () => structuredClone(1, { transfer: [1] }));
attempt('transfer null item', () => structuredClone(1, { transfer: [null] }));
attempt('transfer view', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
attempt('transfer SharedArrayBuffer', () => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }));
attempt('transfer duplicate', () => {
  const buffer = new ArrayBuffer(4);
  return structuredClone(buffer, { transfer: [buffer, buffer] });
});

const buffer = new ArrayBuffer(4);
new Uint8Array(buffer)[0] = 7;
const moved = structuredClone(buffer, { transfer: [buffer] });
console.log('transferred', moved.byteLength, new Uint8Array(moved)[0], 'original', buffer.byteLength);
const bytes = new Uint8Array([1, 2]);
const movedObject = structuredClone({ bytes }, { transfer: new Set([bytes.buffer]) });
console.log('transferred through a view', movedObject.bytes, bytes.byteLength);
attempt('clone detached', () => structuredClone(buffer));
attempt('clone view of detached', () => structuredClone(bytes));
attempt('transfer detached again', () => structuredClone(buffer, { transfer: [buffer] }).byteLength);
const untouched = new ArrayBuffer(4);
attempt('failed clone detaches nothing', () => {
  try {
    structuredClone({ untouched, f() {} }, { transfer: [untouched] });
  } catch (err) {
    console.log('  failed with', err.message);
  }
  return untouched.byteLength;
});
const listed = new ArrayBuffer(2);
structuredClone('value', { transfer: [listed] });
console.log('listed but not in the value is detached too', listed.byteLength);
