package org.datagraal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fuzz properties' check itself: it passes Node's errors and catches what it is there to catch. */
@Timeout(120)
class FuzzCheckTest {
    private static FuzzSession session;

    @BeforeAll
    static void start() {
        session = new FuzzSession();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static List<String> violations(String caseJson) throws Exception {
        return FuzzedArgumentsTest.violations(session.run(caseJson, 60), session.takeOutput());
    }

    @Test
    void nodeErrorsPass() throws Exception {
        FuzzSession.Outcome outcome = session.run("[\"dgram\",\"send\",\"bound\",[[\"num\",\"NaN\"]]]", 60);
        assertTrue(outcome.line().contains("TypeError ERR_INVALID_ARG_TYPE"), outcome.line());
        assertEquals(List.of(), FuzzedArgumentsTest.violations(outcome, session.takeOutput()));
    }

    @Test
    void javaNamesInAMessageAreCaught() throws Exception {
        // emit('error', {message: 'java.lang.X'}) throws ERR_UNHANDLED_ERROR whose message shows the object.
        List<String> found = violations("[\"events\",\"emit\",null,[\"error\",[\"obj\",[\"message\",\"java.lang.X\"]]]]");
        assertFalse(found.isEmpty());
        assertTrue(found.get(0).startsWith("Java shows through the message"), found.toString());
    }
}
