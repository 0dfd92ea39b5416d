package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.TokenProfile;

final class Tokens {

    private Tokens() {
    }

    static String describe(TokenProfile tokens) {
        return Format.number(tokens.outputTokensPerRequest()) + " output + " + Format.number(tokens.inputTokensPerRequest())
                + " input tokens/request, " + Format.number(tokens.flopsPerToken()) + " FLOPs/token";
    }
}
