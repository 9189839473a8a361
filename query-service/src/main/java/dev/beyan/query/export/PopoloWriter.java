package dev.beyan.query.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.core.buffer.Buffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One Popolo document written by one Jackson generator, which owns the brackets and commas; each call hands back
 * what it has written since the last one, so the document streams out batch by batch. One instance per response,
 * called in document order.
 */
final class PopoloWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final JsonGenerator json;

    PopoloWriter(ObjectMapper mapper) {
        try {
            json = mapper.createGenerator(out);
            json.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the array of the section {@code name}. */
    Buffer startSection(String name) {
        return write(() -> json.writeArrayFieldStart(name));
    }

    /** The section's next records. */
    Buffer items(List<?> items) {
        return write(() -> {
            for (Object item : items) {
                json.writeObject(item);
            }
        });
    }

    Buffer endSection() {
        return write(json::writeEndArray);
    }

    /** Closes the document. */
    Buffer end() {
        return write(() -> {
            json.writeEndObject();
            json.close();
        });
    }

    private Buffer write(JsonWrite step) {
        try {
            step.run();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Buffer written = Buffer.buffer(out.toByteArray());
        out.reset();
        return written;
    }

    @FunctionalInterface
    private interface JsonWrite {
        void run() throws IOException;
    }
}
