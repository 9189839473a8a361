package dev.beyan.common.openapi;

import dev.beyan.common.problem.Problem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void documentedProblemHasExactlyTheMembersOfTheProblemRecord() {
        String[] members = Arrays.stream(Problem.class.getRecordComponents()).map(RecordComponent::getName)
                .toArray(String[]::new);

        assertThat(ProblemResponses.schema().getProperties()).containsOnlyKeys(members);
    }
}
