package dev.beyan.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code up --detach}: starts this same launcher again as a background process in a session of its own (so closing
 * the terminal does not stop it), relays its log until the stack is ready, and returns. The background launcher
 * holds the pid lock; {@code ./beyan down} sends it SIGTERM, which runs the same orderly shutdown as Ctrl-C.
 */
final class DetachedStack {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final long POLL_MILLIS = 250;

    private final Home home;
    private final PrintStream out;

    DetachedStack(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    int launch(List<String> upArguments) {
        OptionalLong running = StackLock.runningPid(home.pidFile());
        if (running.isPresent()) {
            throw StackLock.alreadyRunning(running.getAsLong());
        }
        StackEnv.delete(home.stackEnv());
        Path log = home.log("launcher");
        Process launcher = start(upArguments, log);
        out.println("beyan: starting in the background (launcher pid " + launcher.pid() + ", log in "
                + home.show(log) + ")");
        try (RandomAccessFile follower = new RandomAccessFile(log.toFile(), "r")) {
            while (!Files.exists(home.stackEnv())) {
                relay(follower);
                if (!launcher.isAlive()) {
                    relay(follower);
                    throw new UserError("the stack did not start (its log, above, is in " + home.show(log) + ")");
                }
                Thread.sleep(POLL_MILLIS);
            }
            relay(follower);
        } catch (IOException e) {
            throw new UserError("could not follow " + log + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted; the stack goes on starting in the background (./beyan down stops it)");
        }
        return 0;
    }

    private Process start(List<String> upArguments, Path log) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dbeyan.home=" + home.project());
        command.add(Beyan.class.getName());
        command.add("up");
        command.addAll(upArguments);
        command.add(UpCommand.BACKGROUND);
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UserError("could not start the launcher in the background: " + e.getMessage());
        }
    }

    /** Prints what the background launcher wrote since the last call. */
    private void relay(RandomAccessFile follower) throws IOException {
        long available = follower.length() - follower.getFilePointer();
        if (available > 0) {
            byte[] bytes = new byte[(int) available];
            follower.readFully(bytes);
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
