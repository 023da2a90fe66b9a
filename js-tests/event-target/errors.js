// Argument and receiver errors of Event, CustomEvent and EventTarget.
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', result);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('new Event()', () => new Event());
attempt('Event()', () => Event('x'));
attempt('options number', () => new Event('x', 1));
attempt('options string', () => new Event('x', 's'));
attempt('options function', () => new Event('x', function f() {}));
attempt('symbol type', () => new Event(Symbol('s')));
attempt('getter on prototype', () => Event.prototype.type);
attempt('getter on object', () => Object.getOwnPropertyDescriptor(Event.prototype, 'cancelable').get.call({}));
attempt('preventDefault on object', () => Event.prototype.preventDefault.call({}));
attempt('initEvent no args', () => new Event('x').initEvent());
attempt('isTrusted on object', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
attempt('new CustomEvent()', () => new CustomEvent());
attempt('CustomEvent options', () => new CustomEvent('x', 5));
attempt('detail on Event', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')));

const target = new EventTarget();
attempt('EventTarget()', () => EventTarget());
attempt('add on object', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
attempt('remove on object', () => EventTarget.prototype.removeEventListener.call({}, 'x', () => {}));
attempt('dispatch on object', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
attempt('add no args', () => target.addEventListener());
attempt('add one arg', () => target.addEventListener('x'));
attempt('add number listener', () => target.addEventListener('x', 1));
attempt('add string listener', () => target.addEventListener('x', 'fn'));
attempt('add symbol type', () => target.addEventListener(Symbol('q'), () => {}));
attempt('add symbol type bad listener', () => target.addEventListener(Symbol('q'), 1));
attempt('add options number', () => target.addEventListener('x', () => {}, 1));
attempt('add options string', () => target.addEventListener('x', () => {}, 'true'));
attempt('add options array', () => target.addEventListener('x', () => {}, []));
attempt('add bad signal', () => target.addEventListener('x', () => {}, { signal: 1 }));
attempt('add null signal', () => target.addEventListener('x', () => {}, { signal: null }));
attempt('options checked before listener', () => target.addEventListener('x', 5, { signal: 1 }));
attempt('handleEvent getter throws', () => target.addEventListener('x', { get handleEvent() { throw new Error('getter'); } }));
attempt('remove no args', () => target.removeEventListener());
attempt('remove bad listener', () => target.removeEventListener('x', 1));
attempt('remove null listener', () => target.removeEventListener('x', null));
attempt('remove symbol type', () => target.removeEventListener(Symbol('r'), () => {}));
attempt('remove odd options', () => target.removeEventListener('x', () => {}, 5));
attempt('dispatch no args', () => target.dispatchEvent());
attempt('dispatch object', () => target.dispatchEvent({ type: 'x' }));
attempt('dispatch string', () => target.dispatchEvent('x'));
attempt('dispatch fake event', () => target.dispatchEvent(Object.create(Event.prototype)));

// A null or undefined listener only warns.
process.on('warning', (warning) => console.log('warning', warning.name, warning.message));
attempt('add null listener', () => target.addEventListener('x', null));
attempt('add undefined listener', () => target.addEventListener('x', undefined));
