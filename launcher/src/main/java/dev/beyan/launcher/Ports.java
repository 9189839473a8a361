package dev.beyan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a port can be listened on, and a free one when any will do. */
final class Ports {
    private Ports() {
    }

    /** True when nothing listens on {@code port} on any local address (the services listen on all of them). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** {@code port}, or a free one when it is 0. */
    static int orAnyFree(int port) {
        return port > 0 ? port : anyFree();
    }
}
