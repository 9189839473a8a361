package dev.beyan.ingest.release;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A release text no longer in UTF-8 than {@link IngestConfig#maxTextBytes()}. The limit is configured, so it comes
 * with the validator ({@link SubmissionParser} passes the {@link IngestConfig} as its constraint-validator payload)
 * rather than in the annotation.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = TextLimit.Check.class)
public @interface TextLimit {
    String message() default "the text is {bytes} bytes; the limit is {limit}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextLimit, String> {
        private static final int MAX_UTF8_BYTES_PER_CHAR = 3;

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            int limit = hibernate.getConstraintValidatorPayload(IngestConfig.class).maxTextBytes();
            // a char is at most 3 bytes of UTF-8 (a surrogate pair, two chars, is 4): most texts are within the
            // limit by their length alone; encoding every text to count its bytes was the largest cost of validating
            // a submission (docs/PERFORMANCE.md)
            if (text.length() <= limit / MAX_UTF8_BYTES_PER_CHAR) {
                return true;
            }
            long bytes = utf8Length(text);
            hibernate.addMessageParameter("bytes", bytes).addMessageParameter("limit", limit);
            return bytes <= limit;
        }

        private static long utf8Length(String text) {
            long bytes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    // a lone surrogate is encoded as one replacement byte ('?') by String.getBytes; it is refused as
                    // unstorable anyway (StorableFields), after the size
                    bytes += Character.isSurrogate(c) ? 1 : 3;
                }
            }
            return bytes;
        }
    }
}
