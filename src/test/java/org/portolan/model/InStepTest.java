package org.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InStepTest {

    @Test
    void listsAreTheSameWhenEveryPairAtOneIndexIs() {
        assertThat(InStep.same(List.of("a", "b"), List.of("A", "B"), String::equalsIgnoreCase)).isTrue();
        assertThat(InStep.same(List.of("a", "b"), List.of("b", "a"), String::equals)).as("order counts").isFalse();
        assertThat(InStep.same(List.of("a"), List.of("a", "b"), String::equals)).as("size counts").isFalse();
        assertThat(InStep.same(List.of(), List.of(), String::equals)).isTrue();
    }

    @Test
    void identityIsTheTestTheCallerGives() {
        String one = new String("x");
        String other = new String("x");
        assertThat(InStep.same(List.of(one), List.of(other), (a, b) -> a == b)).isFalse();
        assertThat(InStep.same(List.of(one), List.of(one), (a, b) -> a == b)).isTrue();
    }
}
