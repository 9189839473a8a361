package dev.beyan.launcher;

import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/** {@code status}: whether a stack runs here, and where it answers. Exit status 0 when one is up, else 1. */
@Command(name = "status", description = "Say whether a stack runs here, and where. Exit status 0 when one is up.")
final class StatusCommand implements Callable<Integer> {
    private final Home home;
    private final PrintStream out;

    StatusCommand(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    @Override
    public Integer call() {
        OptionalLong pid = StackLock.runningPid(home.pidFile());
        if (pid.isEmpty()) {
            out.println("beyan: no stack is running in " + home.project() + " (./beyan up starts one)");
            return 1;
        }
        Map<String, String> addresses = StackEnv.read(home.stackEnv());
        if (addresses.isEmpty()) {
            out.println("beyan: a stack is starting (launcher pid " + pid.getAsLong() + "); log in "
                    + home.show(home.log("launcher")));
            return 1;
        }
        out.println("beyan is up (launcher pid " + pid.getAsLong() + "):");
        Banner.print(out, addresses, home);
        return 0;
    }
}
