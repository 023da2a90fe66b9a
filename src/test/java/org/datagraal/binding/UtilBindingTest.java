package org.datagraal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UtilBindingTest {
    @Test
    void readsTheStateFromGraalJsDisplayStrings() {
        assertEquals(UtilBinding.PENDING,
            UtilBinding.promiseStateOf("Promise{[[PromiseStatus]]: \"pending\", [[PromiseValue]]: undefined}"));
        assertEquals(UtilBinding.FULFILLED,
            UtilBinding.promiseStateOf("Promise{[[PromiseStatus]]: \"resolved\", [[PromiseValue]]: {a: 1}}"));
        assertEquals(UtilBinding.REJECTED,
            UtilBinding.promiseStateOf("MyP{[[PromiseStatus]]: \"rejected\", [[PromiseValue]]: Error: x}"));
        assertEquals(UtilBinding.PENDING,
            UtilBinding.promiseStateOf("Promise{extra: 1, [[PromiseStatus]]: \"pending\", [[PromiseValue]]: undefined}"));
    }

    @Test
    void aMarkInsideAShownValueDoesNotCount() {
        // The first mark is the promise's own when it directly follows the brace.
        assertEquals(UtilBinding.FULFILLED, UtilBinding.promiseStateOf(
            "Promise{[[PromiseStatus]]: \"resolved\", [[PromiseValue]]: {p: Promise{[[PromiseStatus]]: \"pending\"}}}"));
        // After own properties that show another promise, which mark is whose cannot be told.
        assertEquals(UtilBinding.UNKNOWN, UtilBinding.promiseStateOf(
            "Promise{p: Promise{[[PromiseStatus]]: \"pending\"}, [[PromiseStatus]]: \"resolved\", [[PromiseValue]]: 1}"));
        assertEquals(UtilBinding.UNKNOWN, UtilBinding.promiseStateOf("[object Object]"));
    }
}
