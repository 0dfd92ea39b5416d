package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;

/** A comment or decision record: present, at most {@value #MAX_LENGTH} characters, line breaks allowed. */
final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {
    }

    static void check(Violations violations, String text) {
        BoundedText.check(violations, text, "text", "a comment", MAX_LENGTH, true);
    }
}
