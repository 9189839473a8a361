package dev.beyan.ingest.release;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

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
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            int limit = hibernate.getConstraintValidatorPayload(IngestConfig.class).maxTextBytes();
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            hibernate.addMessageParameter("bytes", bytes).addMessageParameter("limit", limit);
            return bytes <= limit;
        }
    }
}
