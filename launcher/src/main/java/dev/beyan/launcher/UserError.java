package dev.beyan.launcher;

/**
 * A mistake or a state the user can fix (a port taken, a stack already running, a file missing): the launcher
 * prints its message alone, never a stack trace, and exits with its code.
 */
final class UserError extends RuntimeException {
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final int exitCode;

    UserError(String message) {
        this(message, FAILED);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static UserError usage(String message) {
        return new UserError(message + "\n(./beyan help lists the commands and their options)", USAGE);
    }

    int exitCode() {
        return exitCode;
    }
}
