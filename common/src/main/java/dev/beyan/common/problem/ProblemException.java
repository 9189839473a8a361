package dev.beyan.common.problem;

/** Thrown anywhere to answer the request with the given problem; nothing has been written when it is thrown. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail, field));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail, null));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail, null));
    }
}
