import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.datagraal.DatagraalRuntime;
import org.datagraal.NetworkPolicy;

/**
 * Two Node-style UDP scripts in one JVM: a collector that receives readings, and a sensor that
 * Java feeds with values through submit(). Each runtime is limited to loopback traffic.
 */
public class TwoScripts {
    static final String COLLECTOR = """
            const dgram = require('dgram');
            const socket = dgram.createSocket('udp4');
            let received = 0;
            socket.on('message', (msg, rinfo) => {
              const reading = JSON.parse(msg);
              console.log(`collector: ${reading.sensor} says ${reading.value} (from port ${rinfo.port})`);
              if (++received === 3) socket.close();
            });
            socket.bind(0, '127.0.0.1', () => { globalThis.port = socket.address().port; });
            """;

    static final String SENSOR = """
            const dgram = require('dgram');
            const socket = dgram.createSocket('udp4');
            globalThis.report = (value) => new Promise((resolve, reject) => {
              const reading = JSON.stringify({ sensor: 'thermometer', value });
              socket.send(reading, Number(process.argv[1]), '127.0.0.1', (err, bytes) => (err ? reject(err) : resolve(bytes)));
            });
            globalThis.done = () => socket.close();
            """;

    public static void main(String[] args) throws Exception {
        NetworkPolicy loopbackOnly = NetworkPolicy.parseAllowNet("127.0.0.1");
        try (DatagraalRuntime collector = DatagraalRuntime.builder().networkPolicy(loopbackOnly).build()) {
            var collectorExit = collector.eval(COLLECTOR);
            int port = awaitPort(collector);
            ByteArrayOutputStream sensorOutput = new ByteArrayOutputStream();
            try (DatagraalRuntime sensor = DatagraalRuntime.builder().networkPolicy(loopbackOnly).keepAlive(true)
                    .args(Integer.toString(port)).stdout(sensorOutput).build()) {
                sensor.eval(SENSOR);
                for (double value : new double[] {20.5, 21.0, 21.75}) {
                    // submit() runs on the sensor's loop thread; report() returns a JS promise.
                    sensor.submit(context -> context.getBindings("js").getMember("report").execute(value)).get();
                    System.out.println("java: fed the sensor " + value);
                    Thread.sleep(100);
                }
                sensor.submit(context -> context.getBindings("js").getMember("done").execute()).get();
            }
            System.out.println("java: collector exited with " + collectorExit.get(30, TimeUnit.SECONDS));
            System.out.print(sensorOutput.toString(StandardCharsets.UTF_8));
        }
    }

    static int awaitPort(DatagraalRuntime runtime) throws Exception {
        for (;;) {
            Integer port = runtime.submit(context -> {
                var value = context.getBindings("js").getMember("port");
                return value == null || value.isNull() ? null : value.asInt();
            }).get();
            if (port != null) {
                return port;
            }
            Thread.sleep(20);
        }
    }
}
