// console.log of emitters shows Node's own-property layout.
const EventEmitter = require('events');

const emitter = new EventEmitter();
console.log(emitter);
emitter.on('data', function onData() {});
emitter.once('end', function onEnd() {});
console.log(emitter);
emitter.on('data', () => {});
emitter.on(Symbol('sym'), function bySymbol() {});
emitter.setMaxListeners(1);
console.log(emitter);
console.log(emitter.rawListeners('end'));

class Socket extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.type = 'udp4';
  }
}
console.log(new Socket());
