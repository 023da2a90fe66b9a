// How util.inspect and console.log show Event, CustomEvent and EventTarget objects, and the
// shape of their prototypes.
const util = require('util');

const hideTime = (text) => text.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: <n>');
const show = (value, options) => console.log(hideTime(util.inspect(value, options)));

// Types long enough that the line breaks do not depend on the width of the time stamp.
show(new Event('a-long-event-type-name', { cancelable: true }));
show(new Event('foo'), { breakLength: Infinity });
show(new Event('foo'), { depth: 0 });
show({ a: new Event('foo') }, { depth: 0 });
show({ a: { b: new Event('foo') } }, { depth: 0 });
show([new Event('another-long-event-type')], { depth: 5 });
show(new CustomEvent('a-long-custom-event-type', { detail: { a: 1 } }));
class MyEvent extends Event { constructor() { super('my-own-long-event-type'); this.extra = 2; } }
show(new MyEvent());
show(new EventTarget());
show(new EventTarget(), { showHidden: true });
class MyTarget extends EventTarget { constructor() { super(); this.x = 1; } }
show(new MyTarget());
show(new MyTarget(), { depth: -1 });
show({ a: { b: new MyTarget() } }, { depth: 1 });
show(Object.create(EventTarget.prototype));
try {
  util.inspect(Object.create(Event.prototype));
} catch (err) {
  console.log('inspect fake event', err.code, err.message);
}
console.log(String(new Event('x')), String(new EventTarget()), `${new CustomEvent('y')}`);
console.log(Object.prototype.toString.call(new CustomEvent('y')));
console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.keys(Event.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.keys(EventTarget.prototype));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype), Object.keys(CustomEvent.prototype));
console.log(Object.getOwnPropertyNames(Event));
console.log(Object.keys(new Event('x')), Object.getOwnPropertySymbols(new Event('x')));
console.log(Object.getOwnPropertySymbols(EventTarget), EventTarget[Symbol.for('nodejs.event_target')]);
console.log(Object.getOwnPropertySymbols(new EventTarget()));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'type'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted'));
console.log(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, Symbol.toStringTag));
console.log(util.inspect(Event.prototype));
console.log(util.inspect(EventTarget.prototype));
console.log(typeof Event, typeof CustomEvent, typeof EventTarget, Object.getPrototypeOf(CustomEvent) === Event);
const events = require('events');
console.log('events exports', 'EventTarget' in events, 'Event' in events);
