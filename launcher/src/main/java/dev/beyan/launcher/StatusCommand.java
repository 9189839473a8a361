package dev.beyan.launcher;

import java.io.PrintStream;
import java.util.Map;
import java.util.OptionalLong;

/** {@code status}: whether a stack runs here, and where it answers. Exit status 0 when one is up, else 1. */
final class StatusCommand {
    private final Home home;
    private final PrintStream out;

    StatusCommand(Home home, PrintStream out) {
        this.home = home;
        this.out = out;
    }

    int run() {
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
