package io.jevons.capacity.calibration;

import io.jevons.capacity.time.Quarter;

import java.time.LocalDate;
import java.util.List;

/**
 * Public figures the default scenario is held to (tested in {@code DefaultScenarioCalibrationTest}, shown for any
 * scenario by the calibration view). Where a figure is turned into the model's quantity — a multiple of one company's
 * count, a share of a capex total — the source says how and why.
 */
public final class PublicAnchors {

    /** Google's count is about half the counted market, so the market is taken as twice Google's count. */
    static final double MARKET_OVER_GOOGLE = 2;
    static final String MARKET_OVER_GOOGLE_WHY = "the market taken as 2× Google's count: Google is about half of the "
            + "tokens counted in public (OpenAI's API ~5 T tokens a day in early 2025 and 15 B a minute, ~650 T a "
            + "month, in March 2026; Microsoft 100 T tokens in January-March 2025; ChatGPT; Anthropic, Meta and "
            + "Chinese labs)";
    /** ChatGPT takes about a third of requests to AI models. */
    static final double MARKET_OVER_CHATGPT = 3;
    static final String MARKET_OVER_CHATGPT_WHY = "the market taken as 3× ChatGPT's prompts: Gemini and AI Overviews, "
            + "Meta AI, Copilot and the APIs together serve about twice ChatGPT's requests";
    /** Accelerators are about half of the hyperscalers' capital spending (the rest: buildings, power, network, CPUs). */
    static final double ACCELERATOR_SHARE_OF_CAPEX = 0.5;
    static final String ACCELERATOR_SHARE_WHY = "accelerators taken as half of the capex: buildings, power, networks "
            + "and general servers take the rest";

    public static final List<Anchor> ALL = List.of(
            tokens("market-tokens-2024q2", Quarter.of(2024, 2), 9.7e12, LocalDate.of(2024, 5, 14),
                    "Google I/O 2024: 9.7 T tokens a month across Google's products (May 2024)"),
            tokens("market-tokens-2025q2", Quarter.of(2025, 2), 480e12, LocalDate.of(2025, 5, 20),
                    "Google I/O 2025: 480 T tokens a month across Google's products (May 2025)"),
            tokens("market-tokens-2025q3", Quarter.of(2025, 3), 980e12, LocalDate.of(2025, 7, 23),
                    "Alphabet Q2 2025 earnings: 980 T tokens a month (July 2025)"),
            tokens("market-tokens-2025q4", Quarter.of(2025, 4), 1.3e15, LocalDate.of(2025, 10, 29),
                    "Alphabet Q3 2025 earnings: over 1.3 quadrillion tokens a month (October 2025)"),
            tokens("market-tokens-2026q2", Quarter.of(2026, 2), 3.2e15, LocalDate.of(2026, 5, 19),
                    "Google I/O 2026: 3.2 quadrillion tokens a month, ~7× a year before (May 2026)"),
            requests("market-requests-2024q4", Quarter.of(2024, 4), 1e9, LocalDate.of(2024, 12, 4),
                    "OpenAI: ChatGPT answers 1 B prompts a day (December 2024)"),
            requests("market-requests-2025q3", Quarter.of(2025, 3), 2.5e9, LocalDate.of(2025, 7, 21),
                    "OpenAI to Axios: ChatGPT 2.5 B prompts a day (July 2025)"),
            capex("chip-capex-2024", 2024, 226e9, LocalDate.of(2025, 2, 6),
                    "Microsoft, Alphabet, Amazon and Meta capital spending 2024: ~$226 B (company reports)"),
            capex("chip-capex-2025", 2025, 380e9, LocalDate.of(2025, 10, 30),
                    "Microsoft, Alphabet, Amazon and Meta capital spending 2025: ~$380 B (guidance of October 2025: "
                            + "Amazon ~$125 B, Alphabet $91-93 B, Meta $70-72 B, Microsoft the rest)"),
            nvidiaShare(Quarter.of(2024, 4), 0.8, 1.1, "NVIDIA ~80 % of inference chips now"),
            nvidiaShare(Quarter.of(2028, 4), 0.5, 1.2, "~50 % by 2028 as custom ASICs grow"),
            new Anchor("inference-share-2025", "Inference share of AI compute", Quantity.INFERENCE_SHARE, null,
                    Quarter.of(2025, 1), 0.7, Bound.AT_LEAST, 1, LocalDate.of(2025, 2, 24),
                    "Barclays via seed article 2 (claim 6): inference over 70 % of AI compute, 4.5× training",
                    "the training reserve"),
            ceiling("h100", 0.19, "MLPerf Inference v4.1, Llama-2-70B offline: 2,675 tokens/s × 140 GFLOP a token "
                    + "on 1,979 TFLOP/s FP8"),
            ceiling("h200", 0.32, "MLPerf Inference v4.1, Llama-2-70B offline: 4,488 tokens/s"),
            ceiling("b200", 0.35, "MLPerf Inference v4.1, Llama-2-70B offline: 11,264 tokens/s (FP4) on the FP8 peak"),
            ceiling("gb200", 0.34, "MLPerf Inference v5 (Azure): ~12,000 tokens/s per GPU on 5,000 TFLOP/s FP8"));

    private PublicAnchors() {
    }

    private static Anchor tokens(String id, Quarter period, double google, LocalDate published, String source) {
        return new Anchor(id, "Tokens processed per month, market", Quantity.TOKENS_PER_MONTH, null, period,
                google * MARKET_OVER_GOOGLE, Bound.AROUND, 1.5, published, source + "; " + MARKET_OVER_GOOGLE_WHY,
                "demand volume: requests, tokens per request and the rebound together");
    }

    private static Anchor requests(String id, Quarter period, double chatGpt, LocalDate published, String source) {
        return new Anchor(id, "Requests per day, market", Quantity.REQUESTS_PER_DAY, null, period,
                chatGpt * MARKET_OVER_CHATGPT, Bound.AROUND, 1.5, published, source + "; " + MARKET_OVER_CHATGPT_WHY,
                "the demand baseline and its growth");
    }

    private static Anchor capex(String id, int year, double hyperscalers, LocalDate published, String source) {
        return new Anchor(id, "Capex on accelerators", Quantity.CHIP_CAPEX_PER_YEAR, null, Quarter.of(year, 4),
                hyperscalers * ACCELERATOR_SHARE_OF_CAPEX, Bound.AROUND, 1.5, published,
                source + "; " + ACCELERATOR_SHARE_WHY, "the size of the fleet plan");
    }

    private static Anchor nvidiaShare(Quarter period, double share, double tolerance, String claim) {
        return new Anchor("nvidia-share-" + period.toString().toLowerCase(), "NVIDIA's share of inference compute",
                Quantity.SERVING_SHARE, "NVIDIA", period, share, Bound.AROUND, tolerance, LocalDate.of(2025, 2, 24),
                "seed article 2 (claim 7): " + claim, "the vendor mix of the fleet plan");
    }

    /** A benchmark's best case: a fleet serving around the clock achieves at most that share of the peak. */
    private static Anchor ceiling(String chip, double share, String source) {
        return new Anchor("serving-efficiency-" + chip, "Serving efficiency, at most the benchmark's",
                Quantity.SERVING_EFFICIENCY, chip, Quarter.of(2025, 1), share, Bound.AT_MOST, 1,
                LocalDate.of(2024, 8, 28), source, "the chip type's serving efficiency");
    }
}
