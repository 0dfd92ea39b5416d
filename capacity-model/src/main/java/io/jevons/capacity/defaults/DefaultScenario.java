package io.jevons.capacity.defaults;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.DefineChipType;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "AI inference 2024–2030": the default scenario, encoding the claims of the two seed articles
 * (2024-12 and 2025-02, see shared/seed-scenario.md) as the dated changes of several planners, each with
 * its source. Figures marked "calibrated" are not published numbers: they are fitted so that the scenario
 * reproduces the published claims (tested in {@code DefaultScenarioClaimsTest}).
 */
public final class DefaultScenario {

    public static final String NAME = "AI inference 2024–2030";
    public static final Horizon HORIZON = new Horizon(Quarter.of(2024, 1), Quarter.of(2030, 4));

    public static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    public static final WorkloadClassId REASONING = WorkloadClassId.of("reasoning");
    public static final WorkloadClassId AGENT = WorkloadClassId.of("agent");

    /**
     * FLOPs per token of the reference model: 2 x ~280B active parameters (a GPT-4-class MoE model of 2024); after the
     * 10x step of 2025Q1, 5.6e10 is within 1.5x of DeepSeek V3's 2 x 37B active (7.4e10).
     */
    static final double FLOPS_PER_TOKEN = 5.6e11;
    static final double CHAT_OUTPUT_TOKENS = 200;
    static final double CHAT_INPUT_TOKENS = 200;

    private static final LocalDate FIRST_ARTICLE = LocalDate.of(2024, 12, 9);
    private static final LocalDate DEEPSEEK_R1 = LocalDate.of(2025, 1, 27);
    private static final LocalDate SECOND_ARTICLE = LocalDate.of(2025, 2, 24);
    private static final String PLANNER = "planner";
    private static final String ANALYST = "analyst";
    private static final String CALIBRATED = "calibrated: fitted so the scenario reproduces the seed claims";

    private DefaultScenario() {
    }

    /** The default scenario's assumptions after all its changes. */
    public static Assumptions assumptions() {
        Assumptions assumptions = Assumptions.empty(HORIZON);
        for (DatedChange change : history()) {
            assumptions = change.change().applyTo(assumptions);
        }
        return assumptions;
    }

    /** Every change in the order the planners made them. */
    public static List<DatedChange> history() {
        List<DatedChange> history = new ArrayList<>();
        firstArticle(history);
        deepSeek(history);
        secondArticle(history);
        return List.copyOf(history);
    }

    private static void firstArticle(List<DatedChange> h) {
        LocalDate day = FIRST_ARTICLE;
        add(h, day, PLANNER, "Hyperscale operating figures; inference is >70% of AI compute, 4.5x training",
                "PUE 1.1-1.2 hyperscale (Uptime Institute 2024); US industrial power ~$0.08/kWh; "
                        + "Barclays via seed article 2: inference 4.5x training -> training reserve 1/5.5 = 18%",
                new SetEconomics(HORIZON.first(), new Economics(0.08, 1.2, 0.18, 0.95)));
        add(h, day, PLANNER, "Industry-wide requests in early 2024",
                "calibrated to 3x ChatGPT's prompts (the market's requests, see PublicAnchors): with 30% growth a "
                        + "quarter, 3.0 B a day in 2024Q4 (ChatGPT 1 B, 2024-12) and 6.6 B in 2025Q3 (ChatGPT 2.5 B, 2025-07)",
                new SetDemandBaseline(1.4e9));
        add(h, day, PLANNER, "Usage grows fast through 2025",
                "ChatGPT 1 B -> 2.5 B prompts a day from 2024-12 to 2025-07 (~+48% a quarter); the market grows a "
                        + "little slower as others start from a larger base; " + CALIBRATED,
                new SetDemandGrowth(Quarter.of(2024, 2), 0.30));
        add(h, day, PLANNER, "Growth slows as adoption matures", CALIBRATED,
                new SetDemandGrowth(Quarter.of(2026, 1), 0.20));
        add(h, day, PLANNER, "Growth slows further", CALIBRATED, new SetDemandGrowth(Quarter.of(2027, 1), 0.08));
        add(h, day, PLANNER, "Usage keeps growing slowly", CALIBRATED, new SetDemandGrowth(Quarter.of(2028, 1), 0.03));
        add(h, day, PLANNER, "Capacity is sized for the daily peak",
                "DeepSeek's fleet averaged 82% of its daily peak (open-infra-index, day 6), so peak/average ~1.2 for "
                        + "one global service; regional peaks of many services add up to ~1.5; " + CALIBRATED,
                new SetPeakToAverage(1.5));
        add(h, day, PLANNER, "Prefill costs a fraction of decode per token",
                "an input token costs ~0.2-0.45 of an output token (lmsys.org 2025-05-05, provider price lists)",
                new SetInputTokenWeight(0.3));
        add(h, day, PLANNER, "Classic LLM answers",
                "FLOP per token 2 x ~280 B active parameters of a GPT-4-class mixture of experts (2024); 200 tokens "
                        + "out and 200 in per answer; " + CALIBRATED,
                new DefineWorkloadClass(CHAT, "Chat LLM", HORIZON.first(),
                        new TokenProfile(CHAT_OUTPUT_TOKENS, CHAT_INPUT_TOKENS, FLOPS_PER_TOKEN)));
        add(h, day, PLANNER, "Reasoning models talk to themselves: ~100x the tokens of a classic answer",
                "seed claim 1: NVIDIA (Kari Briski): ~100x the tokens, so ~100x the compute; the same 200 tokens in "
                        + "give 77x the compute of a chat answer (input tokens weigh 0.3)",
                new DefineWorkloadClass(REASONING, "Reasoning model", HORIZON.first(),
                        new TokenProfile(CHAT_OUTPUT_TOKENS * 100, CHAT_INPUT_TOKENS, FLOPS_PER_TOKEN)));
        add(h, day, PLANNER, "Before OpenAI o1 all requests are chat", "seed claim 2: o1 released 2024-09",
                new SetModelMix(HORIZON.first(), mix(1.0, 0.0, 0.0)));
        add(h, day, PLANNER, "o1 starts the reasoning share", "seed claim 2: o1 (2024-09); " + CALIBRATED,
                new SetModelMix(Quarter.of(2024, 4), mix(0.99, 0.01, 0.0)));
        for (ChipType chip : Catalog.CHIPS) {
            add(h, day, PLANNER, "Catalog: " + chip.name(), Catalog.sourceOf(chip.id()), new DefineChipType(chip));
        }
        for (ProcurementOrder order : FleetPlan.ORDERS_2024) {
            add(h, day, PLANNER, FleetPlan.reasonOf(order), FleetPlan.SOURCE, new PlaceOrder(order));
        }
    }

    private static void deepSeek(List<DatedChange> h) {
        add(h, DEEPSEEK_R1, ANALYST, "DeepSeek R1 serves comparable answers at about a tenth of the cost",
                "seed claim 3: DeepSeek R1 (2025-01) cut cost per token to ~1/10; 2 x 37B active parameters (7.4e10 "
                        + "FLOP per token) against a GPT-4-class 2 x ~280B (5.6e11)",
                new SetEfficiencyStep(new EfficiencyStep(Quarter.of(2025, 1), EfficiencyScope.ALL, 10, "DeepSeek R1")));
    }

    private static void secondArticle(List<DatedChange> h) {
        LocalDate day = SECOND_ARTICLE;
        add(h, day, ANALYST, "Cheaper tokens buy longer answers: Jevons rebound",
                "calibrated to the market's tokens (2x Google's counts 2025-2026, see PublicAnchors): 0.4 for the "
                        + "industry; Baseten (seed claim 9) saw elasticity >= 1 for one customer, whose usage came back "
                        + "above the old level 3 months after a 60% cut",
                new SetReboundElasticity(0.4));
        add(h, day, ANALYST, "Software keeps making serving cheaper",
                "same hardware gains ~1.3-1.6x a year from software (MLPerf H200 1.6x year on year); " + CALIBRATED,
                new SetAnnualEfficiencyGain(EfficiencyScope.ALL, Quarter.of(2025, 2), 0.4));
        add(h, day, ANALYST, "Model and serving gains speed up as inference dominates",
                "Theory Ventures (seed claim 10): future systems up to 1000x more efficient; price at constant "
                        + "capability falls ~10x a year (a16z LLMflation); " + CALIBRATED,
                new SetAnnualEfficiencyGain(EfficiencyScope.ALL, Quarter.of(2028, 1), 0.5));
        add(h, day, ANALYST, "Agents and deep research browse the web: more tokens than reasoning alone",
                "seed claim 11; Anthropic (multi-agent research system, 2025-06): agents use ~4x the tokens of a "
                        + "chat, multi-agent systems ~15x; its chats are with reasoning models, so an agent task is taken "
                        + "as 4x a reasoning answer (weighted tokens), most of it read context",
                new DefineWorkloadClass(AGENT, "Agent / deep research", Quarter.of(2025, 1),
                        new TokenProfile(27_000, 178_000, FLOPS_PER_TOKEN)));
        add(h, day, ANALYST, "DeepSeek R1 and Grok 3 bring reasoning to the mass market",
                "seed claim 2; " + CALIBRATED, new SetModelMix(Quarter.of(2025, 1), mix(0.96, 0.036, 0.004)));
        add(h, day, ANALYST, "Reasoning becomes the default for hard questions", CALIBRATED,
                new SetModelMix(Quarter.of(2025, 3), mix(0.91, 0.08, 0.01)));
        add(h, day, ANALYST, "Agents take off", CALIBRATED, new SetModelMix(Quarter.of(2026, 1), mix(0.87, 0.11, 0.02)));
        add(h, day, ANALYST, "Agents become routine", CALIBRATED, new SetModelMix(Quarter.of(2027, 1), mix(0.81, 0.15, 0.04)));
        add(h, day, ANALYST, "Mature mix", CALIBRATED, new SetModelMix(Quarter.of(2028, 1), mix(0.76, 0.18, 0.06)));
        for (ProcurementOrder order : FleetPlan.ORDERS_FROM_2025) {
            add(h, day, PLANNER, FleetPlan.reasonOf(order), FleetPlan.SOURCE, new PlaceOrder(order));
        }
    }

    private static ModelMix mix(double chat, double reasoning, double agent) {
        return agent == 0 && reasoning == 0 ? new ModelMix(Map.of(CHAT, chat))
                : agent == 0 ? new ModelMix(Map.of(CHAT, chat, REASONING, reasoning))
                : new ModelMix(Map.of(CHAT, chat, REASONING, reasoning, AGENT, agent));
    }

    private static void add(List<DatedChange> history, LocalDate date, String planner, String reason, String source,
                            AssumptionChange change) {
        history.add(new DatedChange(date, planner, reason, source, change));
    }

    /**
     * The chip catalog with its public figures (shared/reference-data.md). Power is per accelerator in its server (host,
     * network, fans; cooling is in the PUE). Serving efficiency is what a whole fleet achieves around the clock: the
     * production best case of each chip times {@link #FLEET_WIDE}.
     */
    static final class Catalog {

        /**
         * The share of a chip's production best case that the whole serving fleet achieves, calibrated: with it the
         * fleet of the capex anchors serves the market's counted tokens (see PublicAnchors) at a peak utilization of
         * 1.1-1.3 in 2026-2028 (the calibration of shared/reference-data.md). Best cases are a single tuned service
         * at high batch; a fleet also runs many models and replicas, small batches for latency, long contexts and
         * spare capacity. OpenAI's ~350,000 A100s for inference in 2024 (The Information, 2024-07) serving some
         * 10 T tokens a month of a GPT-4-class model imply ~0.5-1% of the FP8 peak, against ~0.2% here: the rest is
         * this scenario's smaller FLOP per token after the 10x step of 2025Q1.
         */
        static final double FLEET_WIDE = 0.0105;
        private static final String FLEET_WIDE_SOURCE = "serving efficiency calibrated: ~1% of the production best case, "
                + "what a whole fleet achieves around the clock, fitted so that the fleet of the capex anchors serves the "
                + "market's counted tokens at a peak utilization of 1.1-1.4 in 2026-2028";

        static final List<ChipType> CHIPS = List.of(
                gpu("h100", "H100 SXM", "NVIDIA", 1_979, 80, 1_275, 30_000, 0.17),
                gpu("h200", "H200", "NVIDIA", 1_979, 141, 1_275, 35_000, 0.29),
                gpu("b200", "B200", "NVIDIA", 4_500, 192, 1_790, 40_000, 0.31),
                gpu("gb200", "GB200 (per GPU)", "NVIDIA", 5_000, 186, 1_750, 42_000, 0.30),
                gpu("mi300x", "MI300X", "AMD", 2_615, 192, 1_350, 15_000, 0.15),
                gpu("mi325x", "MI325X", "AMD", 2_615, 256, 1_700, 20_000, 0.17),
                asic("tpu-v5e", "TPU v5e", "Google", 394, 16, 420, 8_000, 0.17),
                asic("tpu-v6e", "TPU v6e (Trillium)", "Google", 1_836, 32, 600, 15_000, 0.17),
                asic("tpu7x", "TPU7x (Ironwood)", "Google", 4_614, 192, 1_500, 25_000, 0.27),
                asic("trainium2", "Trainium2", "AWS", 1_299, 96, 850, 12_000, 0.17),
                asic("trainium3", "Trainium3", "AWS", 2_517, 144, 1_350, 20_000, 0.27));

        private static final String H100_BEST_CASE = "production best case 17% of the FP8 peak: DeepSeek V3/R1 "
                + "~1,850 output + ~9,200 input tokens/s per H800 (open-infra-index, day 6) x 7.4e10 FLOP a token, "
                + "input at weight 0.3; MLPerf v4.1 Llama-2-70B offline 2,675 tokens/s = 19%";

        private static final Map<String, String> SOURCES = Map.ofEntries(
                Map.entry("h100", "glennklockwood.com/garden/processors/h100: 1,979 FP8 TFLOP/s dense, 80 GB, 700 W TDP, "
                        + "$25-30k; 1,275 W per GPU in a DGX H100 (10.2 kW for 8); " + H100_BEST_CASE),
                Map.entry("h200", "aiminingco.com/gpu/h200/specs: 1,979 FP8, 141 GB, 700 W TDP, rented at $2.5-4.5/h "
                        + "(price estimated from H100's and B200's); 1,275 W per GPU in an HGX server as H100; best case 29% = MLPerf v4.1 4,488 tokens/s (32%) x 0.9, the H100's "
                        + "production/MLPerf ratio"),
                Map.entry("b200", "glennklockwood.com/garden/processors/B200: 4,500 FP8, 192 GB, 1,000 W TDP, $30-40k; "
                        + "1,790 W per GPU in a DGX B200 (14.3 kW for 8); best case 31% = MLPerf 11,264 tokens/s (35%) x 0.9"),
                Map.entry("gb200", "vendor rack figures: 5,000 FP8 per GPU, ~186 GB, ~1,200 W TDP, rack $2-3M (~$28-42k "
                        + "per GPU), ~1.7-1.8 kW per GPU with its share of the rack; best case 30% = ~12k tokens/s per GPU "
                        + "(Azure, MLPerf v5.x, 34%) x 0.9"),
                Map.entry("mi300x", "AMD Instinct spec pages: 2,615 FP8, 192 GB, 750 W TDP, $10-15k; ~1,350 W in its server "
                        + "(estimated as H100's overhead); best case 15%: MLPerf within 2-3% of H100, less tuned in production"),
                Map.entry("mi325x", "AMD Instinct spec pages: 2,615 FP8, 256 GB, ~1,000 W TDP; ~1,700 W in its server and "
                        + "the price estimated; best case 17% as H100"),
                Map.entry("tpu-v5e", "docs.cloud.google.com/tpu/docs/v5e: 394 INT8 TFLOP/s, 16 GB; power and price "
                        + "estimated; best case 17% as H100"),
                Map.entry("tpu-v6e", "docs.cloud.google.com/tpu/docs/v6e: 1,836 INT8, 32 GB, $2.70/h on demand; power and "
                        + "price estimated; best case 17% as H100"),
                Map.entry("tpu7x", "docs.cloud.google.com/tpu/docs/tpu7x: 4,614 FP8, 192 GB; power and price estimated; "
                        + "best case 27% as the Blackwell generation"),
                Map.entry("trainium2", "AWS Neuron docs, trainium2: 1,299 FP8, 96 GB; power and price estimated; best case "
                        + "17% as H100"),
                Map.entry("trainium3", "AWS Neuron docs, trainium3: 2,517 MXFP8, 144 GB; power and price estimated; best "
                        + "case 27% as the Blackwell generation"));

        static String sourceOf(ChipTypeId id) {
            return SOURCES.get(id.value()) + "; " + FLEET_WIDE_SOURCE
                    + "; useful life 5 years (Amazon 5, Meta 5.5, Microsoft and Alphabet 6)";
        }

        private static ChipType gpu(String id, String name, String vendor, double teraFlops, double hbm,
                                    double serverWatts, long price, double bestCase) {
            return chip(id, name, vendor, ChipKind.GPU, teraFlops, hbm, serverWatts, price, bestCase);
        }

        private static ChipType asic(String id, String name, String vendor, double teraFlops, double hbm,
                                     double serverWatts, long price, double bestCase) {
            return chip(id, name, vendor, ChipKind.ASIC, teraFlops, hbm, serverWatts, price, bestCase);
        }

        private static ChipType chip(String id, String name, String vendor, ChipKind kind, double teraFlops, double hbm,
                                     double serverWatts, long price, double bestCase) {
            return new ChipType(ChipTypeId.of(id), name, vendor, kind, teraFlops * 1e12, hbm, serverWatts,
                    Usd.ofWholeDollars(price), 5, bestCase * FLEET_WIDE);
        }
    }

    /**
     * Deliveries per chip type and quarter for the hyperscale industry (thousands of chips). The 2024Q1
     * orders stand for the fleet installed before the horizon.
     */
    static final class FleetPlan {
        static final String SOURCE = CALIBRATED + "; 2025 capex in the range of seed claim 5 (Google, Microsoft, Meta "
                + ">= $215B); NVIDIA ~80% of inference chips now, ~50% by 2028 (seed claim 7); Broadcom AI chips (claim 8)";

        /** Thousands of chips delivered per quarter, from 2024Q1 (index 0) to 2030Q4 (index 27). */
        private static final Map<String, int[]> PLAN = Map.ofEntries(
                Map.entry("h100", per(0, 1_200, 300, 300, 250, 150)),
                Map.entry("h200", per(1, 200, 300, 400, 400, 300, 150)),
                Map.entry("b200", per(3, 150, 350, 500, 650, 700, 650, 500, 350, 200)),
                Map.entry("gb200", per(6, 200, 350, 500, 600, 650, 650, 600, 550, 450, 400, 350, 300, 250, 250, 250, 250,
                        250, 250, 250, 250, 250, 250)),
                Map.entry("mi300x", per(0, 100, 50, 50, 50, 50, 50, 50)),
                Map.entry("mi325x", per(4, 50, 80, 100, 120, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150,
                        150, 150, 150, 150, 150, 150, 150, 150)),
                Map.entry("tpu-v5e", per(0, 1_000, 100, 100)),
                Map.entry("tpu-v6e", per(3, 250, 250, 300, 350, 350, 300, 250, 200, 150)),
                Map.entry("tpu7x", per(7, 100, 200, 300, 400, 450, 500, 550, 600, 650, 650, 650, 650, 650, 650, 650, 650,
                        650, 650, 650, 650, 650)),
                Map.entry("trainium2", per(3, 200, 250, 300, 350, 350, 300, 200, 150)),
                Map.entry("trainium3", per(8, 100, 200, 300, 400, 500, 600, 700, 750, 800, 800, 800, 800, 800, 800, 800,
                        800, 800, 800, 800, 800)));

        static final List<ProcurementOrder> ORDERS_2024 = orders(2024, 2024);
        static final List<ProcurementOrder> ORDERS_FROM_2025 = orders(2025, 2030);

        static String reasonOf(ProcurementOrder order) {
            return order.deliveryQuarter().equals(HORIZON.first()) && !order.chipType().value().startsWith("h2")
                    ? "Installed base at the start of 2024: " + order.chipType()
                    : "Fleet plan: " + order.chipType() + " deliveries in " + order.deliveryQuarter();
        }

        private static List<ProcurementOrder> orders(int fromYear, int toYear) {
            List<ProcurementOrder> orders = new ArrayList<>();
            for (ChipType chip : Catalog.CHIPS) {
                int[] thousands = PLAN.get(chip.id().value());
                for (int i = 0; i < thousands.length; i++) {
                    Quarter quarter = HORIZON.first().plus(i);
                    if (thousands[i] > 0 && quarter.year() >= fromYear && quarter.year() <= toYear) {
                        orders.add(new ProcurementOrder(OrderId.of(chip.id() + "-" + quarter.toString().toLowerCase()),
                                chip.id(), thousands[i] * 1_000L, quarter, chip.unitPrice()));
                    }
                }
            }
            return orders;
        }

        private static int[] per(int firstQuarterIndex, int... thousands) {
            int[] plan = new int[HORIZON.quarterCount()];
            System.arraycopy(thousands, 0, plan, firstQuarterIndex, thousands.length);
            return plan;
        }
    }
}
