package dev.beyan.ingest.release;

import jakarta.validation.GroupSequence;
import jakarta.validation.groups.Default;

/**
 * The order a submission's or revision's rules are checked in, stopping at the first group that finds a fault: what
 * is missing or malformed, then the text's size, then what PostgreSQL cannot store. A client then hears first about
 * the fault that makes the others moot (a 2 MB text is refused for its size, not for a NUL in it).
 */
@GroupSequence({Default.class, SubmissionChecks.Size.class, SubmissionChecks.Storage.class})
interface SubmissionChecks {
    /** The text's size in bytes ({@link TextLimit}). */
    interface Size {
    }

    /** What PostgreSQL can store ({@link StorableFields}). */
    interface Storage {
    }
}
