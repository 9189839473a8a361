package dev.beyan.common.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Hostile HTTP requests for the write and operations endpoints, generated from a seed: random bytes, invalid UTF-8,
 * NUL and other control characters, unpaired surrogates, huge and deeply nested JSON, SQL and script fragments,
 * wrong and repeated content types, missing, malformed, expired, foreign and under-privileged tokens, and repeated
 * headers. Some are valid, so the endpoints' success paths are fuzzed too. The same seed gives the same requests.
 * (A plain seeded generator: jqwik's authors ask, from 1.10 on, that it not be used by coding agents.)
 */
public final class FuzzRequests {
    /** One request to send: repeated header names stay repeated. */
    public record Request(String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** An endpoint: method, path (ending in a generated id when it takes one) and the content types it takes. */
    public record Endpoint(String method, String pathPrefix, boolean takesId, List<String> contentTypes) {
    }

    private static final List<String> FRAGMENTS = List.of("'; DROP TABLE eventstore.events; --",
            "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "../../etc/passwd",
            "%00", "\\u0000", "{{7*7}}", "İzmir Başkanı Şenol Aslanoğlu", "\u202e\u200b\ufeff", "😀🏳️‍🌈");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "text/plain; charset=UTF-8", "text/plain", "application/x-ndjson", "application/problem+json",
            "application/xml", "multipart/form-data; boundary=x", "application/octet-stream", "*/*", "text/html", "",
            "application/json; charset=ISO-8859-9");
    private static final List<String> FIELDS = List.of("text", "externalId", "source", "url", "publishedAt",
            "category", "title", "dateline", "reason");
    private static final List<String> WRONG_SHAPES = List.of("null", "[]", "\"text\"", "42", "true", "{}",
            "{\"text\":null}", "{\"text\":12}", "{\"text\":[\"a\"]}", "{\"text\":{\"a\":1}}",
            "{\"text\":\"a\",\"text\":\"b\"}", "{\"publishedAt\":\"2024-13-45\",\"text\":\"a\"}", "{\"nope\":1}",
            "{\"text\":\"a\"", "{'text':'a'}", "{\"text\":\"a\"}garbage", "\ufeff{\"text\":\"a\"}",
            "{\"text\":1e999}");
    private static final byte[][] BAD_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final List<String> IF_MATCH = List.of("1", "\"1\"", "0", "-1", "99999999999999999999", "*",
            "W/\"2\"");
    private static final List<String> FREE_HEADERS = List.of("X-Correlation-Id", "X-Request-Id", "traceparent",
            "X-Actor", "Accept", "Content-Encoding");

    private final Random random;
    private final List<Endpoint> endpoints;
    private final String validRole;
    private final int validWeight;

    private FuzzRequests(Random random, List<Endpoint> endpoints, String validRole, int validWeight) {
        this.random = random;
        this.endpoints = endpoints;
        this.validRole = validRole;
        this.validWeight = validWeight;
    }

    /**
     * Requests to {@code endpoints} from {@code seed}; {@code validRole} is the role that lets a request through,
     * which a fraction {@code validShare} (0..1) of the tokens carry.
     */
    public static FuzzRequests of(long seed, List<Endpoint> endpoints, String validRole, double validShare) {
        return new FuzzRequests(new Random(seed), endpoints, validRole, (int) Math.round(validShare * 100));
    }

    public Request next() {
        Endpoint endpoint = pick(endpoints);
        List<Map.Entry<String, String>> headers = new ArrayList<>(authorization());
        contentTypes(endpoint).forEach(t -> headers.add(Map.entry("Content-Type", t)));
        headers.addAll(extraHeaders());
        String path = endpoint.pathPrefix() + (endpoint.takesId() ? id() : "");
        return new Request(endpoint.method(), path, headers, body());
    }

    private String id() {
        return switch (random.nextInt(3)) {
            case 0 -> chars("0123456789abcdef", 16);
            case 1 -> URLEncoder.encode(anyString(40), StandardCharsets.UTF_8);
            default -> chars("0123456789abcdef", 16) + "?reason="
                    + URLEncoder.encode(anyString(20) + "\u0000" + "\ud800", StandardCharsets.UTF_8);
        };
    }

    private List<Map.Entry<String, String>> authorization() {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return List.of();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Authorization", oneAuthorization()));
        if (roll >= 95) {
            headers.add(Map.entry("Authorization", oneAuthorization()));
        }
        return headers;
    }

    private String oneAuthorization() {
        String subject = "fuzz-client-" + random.nextInt(200);
        return weighted(List.of(
                w(validWeight, () -> "Bearer " + TestTokens.of(subject, validRole)),
                w(10, () -> "Bearer " + TestTokens.of(subject, "read")),
                w(10, () -> "Bearer " + TestTokens.expired(subject, validRole)),
                w(5, () -> "Bearer " + TestTokens.signedByAStranger("stranger", validRole)),
                w(10, () -> {
                    String t = TestTokens.of(subject, validRole);
                    return "Bearer " + t.substring(0, t.length() - 3) + "abc";
                }),
                w(10, () -> "Bearer " + printable('!', 300)),
                w(5, () -> printable('!', 300)),
                w(5, () -> pick(List.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer x.y.z")))));
    }

    /** Mostly one the endpoint takes, so that most bodies reach the parser. */
    private List<String> contentTypes(Endpoint endpoint) {
        Supplier<String> any = () -> random.nextBoolean() ? pick(CONTENT_TYPES) : printable(' ', 60);
        Supplier<String> taken = endpoint.contentTypes().isEmpty() ? any : () -> pick(endpoint.contentTypes());
        int roll = random.nextInt(100);
        if (roll < 60) {
            return List.of(taken.get());
        } else if (roll < 80) {
            return List.of(any.get());
        } else if (roll < 90) {
            return List.of();
        }
        List<String> several = new ArrayList<>();
        for (int i = 2 + random.nextInt(2); i > 0; i--) {
            several.add(any.get());
        }
        return several;
    }

    private List<Map.Entry<String, String>> extraHeaders() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            if (random.nextInt(7) == 0) {
                headers.add(Map.entry("If-Match", random.nextBoolean() ? pick(IF_MATCH) : printable(' ', 80)));
            } else {
                headers.add(Map.entry(pick(FREE_HEADERS), printable(' ', 80)));
            }
        }
        return headers;
    }

    private byte[] body() {
        return weighted(List.of(
                w(12, () -> randomBytes(3000)),
                w(8, this::invalidUtf8),
                w(25, () -> utf8(release())),
                w(10, () -> utf8(wrongShape())),
                w(8, () -> utf8(nested())),
                w(12, () -> utf8(ndjson())),
                w(10, () -> utf8(unicodeText())),
                w(5, () -> new byte[0]),
                w(1, this::huge)));
    }

    /** Lone continuation bytes, overlong forms, encoded surrogates, truncated sequences, bytes that never occur. */
    private byte[] invalidUtf8() {
        byte[] good = utf8(release());
        byte[] bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
        int cut = Math.min(good.length, random.nextInt(101));
        byte[] out = new byte[good.length + bad.length];
        System.arraycopy(good, 0, out, 0, cut);
        System.arraycopy(bad, 0, out, cut, bad.length);
        System.arraycopy(good, cut, out, cut + bad.length, good.length - cut);
        return out;
    }

    /** Text with NUL, other controls, unpaired surrogates (raw and as JSON escapes) and fragments of attacks. */
    private String unicodeText() {
        return switch (random.nextInt(5)) {
            case 0 -> anyString(200);
            case 1 -> charsBetween('\u0000', '\u001f', 1 + random.nextInt(20));
            case 2 -> pick(FRAGMENTS);
            case 3 -> pick(List.of("\\u0000", "\\ud800", "\\udfff", "\\ud83d", "\\u001b[31m", "\\\\", "\\\""));
            default -> chars("İıŞşĞğÇçÖöÜü ", random.nextInt(51));
        };
    }

    private String release() {
        if (random.nextBoolean()) {
            return "{\"text\":" + jsonString("Vali açıklama yaptı " + (1 + random.nextInt(99_999_999)) + " "
                    + unicodeText()) + "}";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            pairs.add("\"" + pick(FIELDS) + "\":" + jsonString(unicodeText()));
        }
        return "{" + String.join(",", pairs) + "}";
    }

    private String wrongShape() {
        return random.nextBoolean() ? pick(WRONG_SHAPES)
                : chars("{}[]\":,\\0123456789abcdefnulltrue ", random.nextInt(201));
    }

    private String nested() {
        int depth = 1 + random.nextInt(20_000);
        return random.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String ndjson() {
        if (random.nextInt(100) < 5) {
            return (release() + "\n").repeat(1001); // over the line limit
        }
        List<String> lines = new ArrayList<>();
        for (int i = random.nextInt(41); i > 0; i--) {
            lines.add(release());
        }
        return String.join("\n", lines);
    }

    /** Over the body-size limit now and then; over the text limit more often. */
    private byte[] huge() {
        int size = pick(List.of(1_100_000, 2_000_000, 11 * 1024 * 1024));
        StringBuilder s = new StringBuilder("{\"text\":\"");
        while (s.length() < size) {
            s.append("Vali açıklama yaptı. ");
        }
        return utf8(s.append("\"}").toString());
    }

    /** A choice and how often to make it, relative to the others. */
    private record Weighted<T>(int weight, Supplier<T> value) {
    }

    private static <T> Weighted<T> w(int weight, Supplier<T> value) {
        return new Weighted<>(weight, value);
    }

    private <T> T weighted(List<Weighted<T>> choices) {
        int roll = random.nextInt(choices.stream().mapToInt(Weighted::weight).sum());
        for (Weighted<T> choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.value().get();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private byte[] randomBytes(int maxSize) {
        byte[] bytes = new byte[random.nextInt(maxSize + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Any UTF-16 code units, lone surrogates included. */
    private String anyString(int maxLength) {
        return charsBetween('\u0000', '\uffff', random.nextInt(maxLength + 1));
    }

    private String printable(char from, int maxLength) {
        return charsBetween(from, '~', random.nextInt(maxLength + 1));
    }

    private String charsBetween(char from, char to, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (from + random.nextInt(to - from + 1)));
        }
        return s.toString();
    }

    private String chars(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** As a JSON string literal; the escapes in {@code s} ({@code \\u0000}) are kept as written. */
    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append("\\\"");
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
