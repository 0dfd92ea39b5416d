package io.jevons.capacity.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The words of every assumption and metric: one place, so each screen says the same thing the same way. */
public final class Glossary {

    public static final Term BASELINE = new Term("demand.baseline", "Requests per day", Unit.REQUESTS_PER_DAY,
            "Requests a day in the horizon's first quarter; the growth rates carry it forward.");
    public static final Term GROWTH = new Term("demand.growth", "Demand growth", Unit.PERCENT,
            "Growth of requests into each quarter over the quarter before.");
    public static final Term PEAK = new Term("demand.peak", "Daily peak", Unit.MULTIPLE,
            "Peak request rate over the day's average: capacity is sized for the peak.");
    public static final Term INPUT_WEIGHT = new Term("demand.inputWeight", "Input-token weight", Unit.RATIO,
            "Compute of an input token relative to an output token (reading a prompt is cheaper than writing).");
    public static final Term OUTPUT_TOKENS = new Term("tokens.output", "Output tokens per request", Unit.TOKENS,
            "Tokens generated per request, a reasoning model's hidden chain of thought included.");
    public static final Term INPUT_TOKENS = new Term("tokens.input", "Input tokens per request", Unit.TOKENS,
            "Prompt and context tokens read per request.");
    public static final Term FLOP_PER_TOKEN = new Term("tokens.flops", "FLOP per token", Unit.FLOP,
            "Compute per token of the class's reference model: twice its active parameters.");
    public static final Term MIX_SHARE = new Term("mix.share", "Share of requests", Unit.PERCENT,
            "Share of all requests that go to this workload class; the shares of a quarter sum to 100 %.");
    public static final Term EFFICIENCY_STEP = new Term("efficiency.step", "Efficiency step", Unit.MULTIPLE,
            "A one-off gain from this quarter on: 10× means a tenth of the FLOP per token.");
    public static final Term EFFICIENCY_GAIN = new Term("efficiency.gain", "Annual efficiency gain", Unit.PERCENT,
            "Efficiency gained each year, compounded quarterly, from this quarter on: 30 % divides FLOP per token by 1.3 a year (23 % fewer).");
    public static final Term CHIPS_DELIVERED = new Term("chips.delivered", "Chips delivered", Unit.CHIPS,
            "Chips of this type that the orders deliver in the quarter; edit them in the orders table.");
    public static final Term UNIT_PRICE = new Term("chips.price", "Unit price", Unit.USD,
            "List price per chip, its share of the server included.");
    public static final Term POWER_PRICE = new Term("economics.powerPrice", "Power price", Unit.USD_PER_KWH,
            "Price of electricity per kilowatt-hour.");
    public static final Term PUE = new Term("economics.pue", "Power usage effectiveness", Unit.RATIO,
            "Facility power over IT power: 1.2 means 20 % more for cooling and power delivery.");
    public static final Term TRAINING_SHARE = new Term("economics.trainingShare", "Training reserve", Unit.PERCENT,
            "Share of the fleet kept for training, not serving.");
    public static final Term AVAILABILITY = new Term("economics.availability", "Availability", Unit.PERCENT,
            "Share of installed chips that are up and serving.");
    public static final Term REBOUND = new Term("rebound", "Rebound ε", Unit.RATIO,
            "Jevons rebound: tokens per request grow with efficiency to the power ε (0 none, 1 full), efficiency counted from the plan's first quarter.");

    public static final Term DEMAND = new Term("demand", "Demand", Unit.FLOP_PER_SECOND,
            "Compute needed at the daily peak to serve every request.");
    public static final Term SUPPLY = new Term("supply", "Supply", Unit.FLOP_PER_SECOND,
            "Compute the installed fleet serves: peak × serving efficiency × availability × (1 − training reserve).");
    public static final Term UTILIZATION = new Term("utilization", "Utilization", Unit.PERCENT,
            "Peak demand over supply; above 100 % the fleet cannot serve the daily peak.");
    public static final Term SHORTFALL = new Term("shortfall", "Shortfall", Unit.PERCENT,
            "Share of peak demand the fleet cannot serve.");
    public static final Term CHIPS_INSTALLED = new Term("chipsInstalled", "Chips installed", Unit.CHIPS,
            "Chips delivered and not yet retired at the end of their useful life.");
    public static final Term CAPEX = new Term("capex", "Capex", Unit.USD,
            "Cash paid for chips, counted when they are delivered.");
    public static final Term DEPRECIATION = new Term("depreciation", "Depreciation", Unit.USD,
            "Chip cost spread evenly over each chip's useful life.");
    public static final Term ENERGY_COST = new Term("energyCost", "Energy cost", Unit.USD,
            "Electricity for the installed fleet: each chip's power in its server × PUE, at the power price.");
    public static final Term INFERENCE_COST = new Term("inferenceCost", "Inference cost", Unit.USD,
            "Depreciation plus energy, less the training reserve's share: what serving costs in the period.");
    public static final Term COST_PER_MILLION_TOKENS = new Term("costPerMillionTokens", "Cost per million tokens",
            Unit.USD_PER_MILLION_TOKENS, "Inference cost over the tokens served (input tokens at their weight), per "
                    + "million tokens.");
    public static final Term GPU_SHARE = new Term("gpuShare", "GPU share", Unit.PERCENT,
            "Share of serving compute on GPUs rather than custom chips (ASICs).");
    public static final Term VENDOR_SHARE = new Term("vendorShare", "Vendor share", Unit.PERCENT,
            "Share of serving compute from one vendor's chips.");
    public static final Term TOTAL_COST = new Term("totalCost", "Total cost", Unit.USD,
            "Depreciation plus energy of the whole fleet, the training reserve's share included.");
    public static final Term SERVED_TOKENS = new Term("servedTokens", "Tokens served", Unit.TOKENS,
            "Tokens the fleet serves in the period, input tokens weighted by their compute: average demand, cut by the share of the peak the fleet cannot serve.");
    public static final Term SHORTFALL_COMPUTE = new Term("shortfallCompute", "Compute short", Unit.FLOP_PER_SECOND,
            "Peak compute demanded that the fleet cannot serve.");
    public static final Term POWER = new Term("power", "Power", Unit.MEGAWATTS,
            "Power the installed fleet draws at its rated power, PUE included.");

    public static final List<Term> ASSUMPTIONS = List.of(BASELINE, GROWTH, PEAK, INPUT_WEIGHT, OUTPUT_TOKENS,
            INPUT_TOKENS, FLOP_PER_TOKEN, MIX_SHARE, EFFICIENCY_STEP, EFFICIENCY_GAIN, CHIPS_DELIVERED, UNIT_PRICE,
            POWER_PRICE, PUE, TRAINING_SHARE, AVAILABILITY, REBOUND);
    public static final List<Term> METRICS = List.of(DEMAND, SUPPLY, UTILIZATION, SHORTFALL, CHIPS_INSTALLED, CAPEX,
            DEPRECIATION, ENERGY_COST, INFERENCE_COST, COST_PER_MILLION_TOKENS, GPU_SHARE, VENDOR_SHARE, POWER,
            TOTAL_COST, SERVED_TOKENS, SHORTFALL_COMPUTE);

    private static final Map<String, Term> BY_ID = Stream.concat(ASSUMPTIONS.stream(),
            METRICS.stream()).collect(Collectors.toUnmodifiableMap(Term::id, Function.identity()));

    private Glossary() {
    }

    public static Optional<Term> term(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
