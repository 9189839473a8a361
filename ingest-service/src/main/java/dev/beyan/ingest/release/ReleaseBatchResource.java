package dev.beyan.ingest.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.beyan.common.json.Json;
import dev.beyan.common.problem.Problem;
import dev.beyan.common.problem.ProblemException;
import dev.beyan.common.security.Roles;
import dev.beyan.common.store.EventMetadata;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Many releases in one call, one JSON object per line; a bad line is answered and does not stop the others. */
@Path("/v1")
@Tag(name = ReleaseResource.TAG, description = ReleaseResource.TAG_DESCRIPTION)
@RolesAllowed(Roles.INGEST)
public class ReleaseBatchResource {
    static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(ReleaseBatchResource.class);
    private static final Problem UNEXPECTED = Problem.of(500, "internal-error", "Internal error",
            "this line failed unexpectedly and was not stored", null);

    private final ReleaseCommands commands;
    private final SubmissionParser parser;
    private final JsonWebToken token;
    private final WriteRateLimit rateLimit;
    private final IngestConfig config;
    private final EventSizeLimit eventSize;

    public ReleaseBatchResource(ReleaseCommands commands, SubmissionParser parser, JsonWebToken token,
                                WriteRateLimit rateLimit, IngestConfig config, EventSizeLimit eventSize) {
        this.commands = commands;
        this.parser = parser;
        this.token = token;
        this.rateLimit = rateLimit;
        this.config = config;
        this.eventSize = eventSize;
    }

    @POST
    @Path("releases:batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(operationId = "submitReleaseBatch", summary = "Submit releases as NDJSON",
            description = "Each line is the JSON of POST /v1/releases (a ReleaseSubmission), at most "
                    + "beyan.ingest.max-batch-lines (1000) non-empty ones. The answer has one BatchLineResult line per "
                    + "non-empty input line; a rejected line does not stop the others. A line is rejected, with the problem "
                    + "POST /v1/releases would answer and nothing stored for it, when it is invalid or its event "
                    + "would be larger than beyan.ingest.max-event-bytes.")
    @RequestBody(required = true, description = "One ReleaseSubmission per line", content = @Content(
            mediaType = NDJSON, schema = @Schema(implementation = Submission.class), examples = @ExampleObject(
            name = "line", value = "{\"externalId\":\"demo-2\",\"text\":\"Vali açıklama yaptı.\"}")))
    @APIResponse(responseCode = "200", description = "One line per input line", content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = BatchLineResult.class), examples = @ExampleObject(name = "line", value = """
            {"line":1,"status":"created","id":"8957dca9102fdb83","version":1,"position":6}""")))
    public Uni<String> submitAll(byte[] body, HttpHeaders headers) {
        rateLimit.admit(token);
        EventMetadata metadata = RequestMetadata.of(headers, token);
        List<byte[]> lines = splitLines(body);
        long nonBlank = lines.stream().filter(l -> !isBlank(l)).count();
        if (nonBlank > config.maxBatchLines()) {
            throw new ProblemException(Problem.of(413, "too-many-lines", "Content too large", "the batch has "
                    + nonBlank + " releases; the limit is " + config.maxBatchLines() + " per request", "body"));
        }
        // parse every line first; the valid ones are decided and appended together, the rest answered one by one
        List<Integer> numbers = new ArrayList<>();
        List<Object> parsed = new ArrayList<>();
        List<Submission> valid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isBlank(lines.get(i))) {
                continue;
            }
            numbers.add(i + 1);
            try {
                Submission s = parser.fromJson(lines.get(i));
                eventSize.check(s, metadata);
                parsed.add(s);
                valid.add(s);
            } catch (ProblemException e) {
                parsed.add(e.problem());
            } catch (RuntimeException e) {
                LOG.errorf(e, "batch line %d failed", i + 1);
                parsed.add(UNEXPECTED);
            }
        }
        return commands.submitAll(valid, metadata)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf(e, "batch append failed; deciding each line alone");
                    return Collections.nCopies(valid.size(), null);
                })
                .flatMap(together -> {
                    List<Uni<BatchLineResult>> answers = new ArrayList<>(numbers.size());
                    int next = 0;
                    for (int k = 0; k < numbers.size(); k++) {
                        int line = numbers.get(k);
                        if (parsed.get(k) instanceof Problem problem) {
                            answers.add(Uni.createFrom().item(BatchLineResult.rejected(line, problem)));
                            continue;
                        }
                        Submission s = (Submission) parsed.get(k);
                        IngestResult done = together.get(next++);
                        answers.add(done != null ? Uni.createFrom().item(BatchLineResult.of(line, done))
                                : Uni.createFrom().deferred(() -> submitLine(line, s, metadata)));
                    }
                    return Multi.createFrom().iterable(answers)
                            .onItem().transformToUniAndConcatenate(answer -> answer)
                            .map(ReleaseBatchResource::toJsonLine)
                            .collect().with(Collectors.joining());
                });
    }

    private Uni<BatchLineResult> submitLine(int line, Submission submission, EventMetadata metadata) {
        return Uni.createFrom().deferred(() -> commands.submit(submission, metadata))
                .map(r -> BatchLineResult.of(line, r))
                .onFailure(ProblemException.class).recoverWithItem(e -> BatchLineResult.rejected(line, ((ProblemException) e).problem()))
                .onFailure().recoverWithItem(e -> {
                    LOG.errorf(e, "batch line %d failed", line);
                    return BatchLineResult.rejected(line, UNEXPECTED);
                });
    }

    private static String toJsonLine(BatchLineResult r) {
        try {
            return Json.MAPPER.writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> splitLines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(body, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    /**
     * Whether the line holds only white space, as {@link String#isBlank()} says of its text. A JSON line's first byte
     * answers at once; decoding every line (twice) to ask was a fifth of the batch endpoint's CPU in a profile
     * (docs/PERFORMANCE.md). Only a line of nothing but white space and bytes beyond ASCII is decoded.
     */
    private static boolean isBlank(byte[] line) {
        boolean onlyAscii = true;
        for (byte b : line) {
            if (b < 0) {
                onlyAscii = false;
            } else if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return onlyAscii || new String(line, StandardCharsets.UTF_8).isBlank();
    }
}
