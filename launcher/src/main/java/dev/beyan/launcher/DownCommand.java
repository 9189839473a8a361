package dev.beyan.launcher;

import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code down}: SIGTERM to the launcher holding the stack, which stops the services, Kafka and PostgreSQL in order. */
@Command(name = "down", description = "Stop the running stack (detached or not).")
final class DownCommand implements Callable<Integer> {
    private static final long WAIT_SECONDS = 180;

    private final Home home;
    private final PrintStream out;

    DownCommand(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    @Override
    public Integer call() {
        OptionalLong pid = StackLock.runningPid(home.pidFile());
        Optional<ProcessHandle> launcher = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
        if (launcher.isEmpty()) {
            out.println("beyan: no stack is running");
            return 0;
        }
        out.println("beyan: stopping the stack (launcher pid " + pid.getAsLong() + ")");
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new UserError("the launcher (pid " + pid.getAsLong() + ") did not stop within " + WAIT_SECONDS
                    + " s; see " + home.show(home.log("launcher")));
        } catch (ExecutionException e) {
            throw new UserError("waiting for the launcher failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted; the stack is still stopping");
        }
        out.println("beyan: stopped");
        return 0;
    }
}
