package dev.beyan.ingest.release;

import dev.beyan.common.problem.StorableText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Every text field of a record is one PostgreSQL can store ({@link StorableText}). A rule on the record rather than
 * on each field, because its message names the field and the validator of a field is not told which one it is.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = StorableFields.Check.class)
public @interface StorableFields {
    String message() default "a field cannot be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<StorableFields, Record> {
        /**
         * Each record type's text components, looked up once: {@code getRecordComponents()} builds new components
         * (and their accessors' reflection) on every call, which showed in a profile of single POSTs.
         */
        private static final ClassValue<RecordComponent[]> TEXT_COMPONENTS = new ClassValue<>() {
            @Override
            protected RecordComponent[] computeValue(Class<?> type) {
                return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == String.class)
                        .toArray(RecordComponent[]::new);
            }
        };

        @Override
        public boolean isValid(Record record, ConstraintValidatorContext context) {
            boolean valid = true;
            for (RecordComponent component : TEXT_COMPONENTS.get(record.getClass())) {
                String refusal = StorableText.refusal(component.getName(), (String) value(component, record));
                if (refusal != null) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    // a parameter, not the template itself: a message template is interpreted
                    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("refusal", refusal)
                            .buildConstraintViolationWithTemplate("{refusal}")
                            .addPropertyNode(component.getName()).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }

        private static Object value(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }
}
