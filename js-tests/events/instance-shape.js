// The own properties of an emitter, as npm packages and util.inspect see them.
const EventEmitter = require('events');

function describe(label, object) {
  const keys = Reflect.ownKeys(object).map((key) => {
    const d = Object.getOwnPropertyDescriptor(object, key);
    const value = d.get ? 'accessor' : typeof d.value === 'object' && d.value !== null ? 'object' : typeof d.value === 'function' ? 'function' : String(d.value);
    return `${String(key)}${d.enumerable ? '' : '(hidden)'}=${value}`;
  });
  console.log(label, keys.join(' '));
}

const plain = new EventEmitter();
describe('plain', plain);
console.log('_events proto', Object.getPrototypeOf(plain._events), Object.keys(plain._events));
describe('captureRejections', new EventEmitter({ captureRejections: true }));
describe('captureRejections false', new EventEmitter({ captureRejections: false }));

class Sub extends EventEmitter {
  constructor() {
    super();
    this.own = 1;
  }
}
describe('class', new Sub());

function OldStyle() {
  EventEmitter.call(this);
  this.later = 2;
}
Object.setPrototypeOf(OldStyle.prototype, EventEmitter.prototype);
Object.setPrototypeOf(OldStyle, EventEmitter);
const old = new OldStyle();
describe('old style', old);
console.log('old instanceof', old instanceof EventEmitter);
old.on('ping', function () { console.log('old ping, this ok', this === old); });
old.emit('ping');

function PresetMax() {
  this._maxListeners = 3;
  EventEmitter.call(this);
}
Object.setPrototypeOf(PresetMax.prototype, EventEmitter.prototype);
describe('preset max', new PresetMax());
console.log('preset max value', new PresetMax().getMaxListeners());

function ZeroMax() {
  this._maxListeners = 0;
  EventEmitter.call(this);
}
Object.setPrototypeOf(ZeroMax.prototype, EventEmitter.prototype);
describe('zero max', new ZeroMax());

// An object made from the prototype without the constructor has nothing of its own until used.
const bare = Object.create(EventEmitter.prototype);
describe('bare', bare);
bare.on('x', () => {});
describe('bare after on', bare);

// Prototype members and statics.
describe('prototype', EventEmitter.prototype);
// EventEmitterAsyncResource is a lazy getter; datagraal's class cannot be constructed (no async_hooks).
console.log('static keys', Object.keys(EventEmitter).join(' '));
console.log('EventEmitterAsyncResource', Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource').get.name,
  typeof EventEmitter.EventEmitterAsyncResource, EventEmitter.EventEmitterAsyncResource.name,
  Object.getPrototypeOf(EventEmitter.EventEmitterAsyncResource) === EventEmitter);
console.log('static names', ['once', 'on', 'getEventListeners', 'getMaxListeners', 'addAbortListener', 'setMaxListeners', 'init', 'listenerCount']
  .map((name) => `${name}:${JSON.stringify(EventEmitter[name].name)}/${EventEmitter[name].length}`).join(' '));
console.log('method names', Object.keys(EventEmitter.prototype).filter((k) => typeof EventEmitter.prototype[k] === 'function')
  .map((k) => `${k}:${EventEmitter.prototype[k].name}/${EventEmitter.prototype[k].length}`).join(' '));
console.log('symbols', String(EventEmitter.errorMonitor), String(EventEmitter.captureRejectionSymbol),
  EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), String(EventEmitter.kMaxEventTargetListeners),
  String(EventEmitter.kMaxEventTargetListenersWarned));
console.log('misc', EventEmitter.EventEmitter === EventEmitter, EventEmitter.usingDomains, EventEmitter.defaultMaxListeners,
  EventEmitter.captureRejections, EventEmitter.name, EventEmitter.length, require('events') === EventEmitter);
