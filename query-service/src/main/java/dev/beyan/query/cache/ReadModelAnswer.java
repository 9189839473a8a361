package dev.beyan.query.cache;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources whose answers depend on the read models alone, so that {@link CachedAnswers} may keep them
 * until the read models change. Not for anything read from the event store: that moves on ingest, not projection.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadModelAnswer {
}
