package io.jevons.planning.scenario;

/** A comment or decision record: present, at most {@value #MAX_LENGTH} characters, line breaks allowed. */
final class CommentText {

    static final int MAX_LENGTH = 4000;

    private CommentText() {
    }

    static String validated(String text) {
        return BoundedText.validated(text, "text", "a comment", MAX_LENGTH, true);
    }
}
