package org.datagraal.binding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.datagraal.loop.Handle;
import org.graalvm.polyglot.Value;

/**
 * The runtime's standard input as a libuv stream handle: while reading it is active, so a
 * referenced stdin keeps the loop alive until end of input or {@link #readStop()}. Reads block,
 * so they happen on a thread of their own, which posts each chunk to the loop thread; the thread
 * reads only while JS wants data.
 */
final class StdinHandle extends Handle {
    private static final int CHUNK = 65536;
    private final BindingContext context;
    private final InputStream in;
    private Value onRead;
    private boolean wanted;
    private boolean ended;
    private boolean released;
    private Thread reader;

    StdinHandle(BindingContext context, InputStream in) {
        super(context.loop);
        this.context = context;
        this.in = in;
    }

    /** Starts delivering chunks to {@code onRead(bytes)}; at the end {@code onRead(null)}, on failure onRead(-errno). */
    void readStart(Value callback) {
        onRead = callback;
        if (ended) {
            return;
        }
        setActive(true);
        synchronized (this) {
            wanted = true;
            notifyAll();
        }
        if (reader == null) {
            reader = new Thread(this::readLoop, "datagraal-stdin");
            reader.setDaemon(true);
            reader.start();
        }
    }

    void readStop() {
        setActive(false);
        synchronized (this) {
            wanted = false;
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[CHUNK];
        while (true) {
            synchronized (this) {
                while (!wanted && !released) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (released) {
                    return;
                }
            }
            int count;
            try {
                count = in.read(buffer);
            } catch (IOException e) {
                int errno = Errno.of(e);
                context.loop.post(() -> finish(errno));
                return;
            }
            if (count < 0) {
                context.loop.post(() -> finish(0));
                return;
            }
            byte[] chunk = Arrays.copyOf(buffer, count);
            context.loop.post(() -> deliver(chunk));
        }
    }

    private void deliver(byte[] chunk) {
        if (!isClosing() && onRead != null) {
            context.callbacks.invoke(onRead, ByteBuffer.wrap(chunk));
        }
    }

    private void finish(int errno) {
        ended = true;
        setActive(false);
        if (!isClosing() && onRead != null) {
            context.callbacks.invoke(onRead, errno == 0 ? null : errno);
        }
    }

    @Override
    protected synchronized void release() {
        // A read blocked in the stream cannot be interrupted; the daemon thread ends with it.
        released = true;
        notifyAll();
    }
}
