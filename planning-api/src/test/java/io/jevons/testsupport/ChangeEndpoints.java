package io.jevons.testsupport;

import org.springframework.http.HttpMethod;

import java.util.List;

/**
 * One request for every change endpoint of a scenario, in an order in which each is accepted when applied to
 * {@link #PREPARED} (a chat class, chip type h100 and order o1); archiving comes last. {@link #RECORDS}: the
 * commands that change no assumption.
 */
public final class ChangeEndpoints {

    /** A change endpoint: method, path under {@code /api/scenarios/{id}}, JSON body. */
    public record Endpoint(HttpMethod method, String path, String body) {
        @Override
        public String toString() {
            return method + " " + (path.isEmpty() ? "/" : path);
        }
    }

    public static final List<Endpoint> PREPARED = List.of(
            new Endpoint(HttpMethod.POST, "/workload-classes", """
                    {"workloadClass":"chat","name":"Chat","from":"2025Q1","outputTokensPerRequest":400,
                     "inputTokensPerRequest":3000,"flopsPerToken":5.6e11,"reason":"chat"}"""),
            new Endpoint(HttpMethod.POST, "/chip-types", """
                    {"chipType":"h100","name":"H100 SXM","vendor":"NVIDIA","kind":"GPU","peakFlopsPerSecond":1.979e15,
                     "hbmGigabytes":80,"tdpWatts":700,"unitPrice":30000,"usefulLifeYears":5,"servingEfficiency":0.19,
                     "reason":"catalog"}"""),
            new Endpoint(HttpMethod.POST, "/orders", """
                    {"order":"o1","chipType":"h100","quantity":1000,"deliveryQuarter":"2025Q2","unitPrice":30000,
                     "reason":"first order"}"""));

    public static final List<Endpoint> ALL = List.of(
            new Endpoint(HttpMethod.PUT, "/demand/baseline", """
                    {"requestsPerDay":2e9,"reason":"ChatGPT 1B prompts/day"}"""),
            new Endpoint(HttpMethod.PUT, "/demand/growth/2026Q1", """
                    {"quarterlyGrowth":0.1,"reason":"adoption slows"}"""),
            new Endpoint(HttpMethod.PUT, "/demand/peak-to-average", """
                    {"peakToAverage":1.8,"reason":"evening peak"}"""),
            new Endpoint(HttpMethod.PUT, "/demand/input-token-weight", """
                    {"inputTokenWeight":0.25,"reason":"prefill is cheap"}"""),
            new Endpoint(HttpMethod.POST, "/workload-classes", """
                    {"workloadClass":"agent","name":"Agent","from":"2025Q1","outputTokensPerRequest":60000,
                     "inputTokensPerRequest":200000,"flopsPerToken":5.6e11,"reason":"deep research"}"""),
            new Endpoint(HttpMethod.PUT, "/workload-classes/chat/tokens/2026Q1", """
                    {"outputTokensPerRequest":600,"inputTokensPerRequest":3000,"flopsPerToken":5.6e11,
                     "reason":"longer answers"}"""),
            new Endpoint(HttpMethod.PUT, "/model-mix/2025Q1", """
                    {"shares":{"chat":0.9,"agent":0.1},"reason":"agents start"}"""),
            new Endpoint(HttpMethod.PUT, "/efficiency/steps/2025Q1/all", """
                    {"factor":10,"label":"DeepSeek R1","reason":"a tenth of the cost"}"""),
            new Endpoint(HttpMethod.PUT, "/efficiency/annual-gains/chat/2025Q2", """
                    {"annualGain":0.4,"reason":"software gains"}"""),
            new Endpoint(HttpMethod.POST, "/chip-types", """
                    {"chipType":"b200","name":"B200","vendor":"NVIDIA","kind":"GPU","peakFlopsPerSecond":4.5e15,
                     "hbmGigabytes":192,"tdpWatts":1000,"unitPrice":40000,"usefulLifeYears":5,"servingEfficiency":0.35,
                     "reason":"Blackwell"}"""),
            new Endpoint(HttpMethod.PUT, "/chip-types/h100", """
                    {"name":"H100 SXM","vendor":"NVIDIA","kind":"GPU","peakFlopsPerSecond":1.979e15,"hbmGigabytes":80,
                     "tdpWatts":700,"unitPrice":25000.50,"usefulLifeYears":6,"servingEfficiency":0.2,
                     "reason":"six-year life"}"""),
            new Endpoint(HttpMethod.POST, "/orders", """
                    {"order":"o2","chipType":"b200","quantity":500,"deliveryQuarter":"2026Q1","unitPrice":38000,
                     "reason":"Blackwell allocation"}"""),
            new Endpoint(HttpMethod.PUT, "/orders/o1/quantity", """
                    {"quantity":2000,"reason":"bigger allocation"}"""),
            new Endpoint(HttpMethod.PUT, "/orders/o1/unit-price", """
                    {"unitPrice":27500,"reason":"discount"}"""),
            new Endpoint(HttpMethod.POST, "/orders/o1/delay", """
                    {"deliveryQuarter":"2025Q4","reason":"supply slips"}"""),
            new Endpoint(HttpMethod.POST, "/orders/o2/cancel", """
                    {"reason":"switch to GB200"}"""),
            new Endpoint(HttpMethod.PUT, "/economics/2026Q1", """
                    {"powerPriceUsdPerKwh":0.09,"powerUsageEffectiveness":1.3,"trainingShare":0.18,"availability":0.95,
                     "reason":"new data centre"}"""),
            new Endpoint(HttpMethod.PUT, "/rebound", """
                    {"elasticity":0.8,"reason":"Baseten anecdote"}"""),
            new Endpoint(HttpMethod.PUT, "/ranges", """
                    {"parameter":"CHIP_PRICE","target":"h100","low":0.9,"high":1.2,"distribution":"UNIFORM",
                     "reason":"quotes vary"}"""),
            new Endpoint(HttpMethod.POST, "/ranges/clear", """
                    {"parameter":"CHIP_PRICE","target":"h100","reason":"price agreed"}"""),
            new Endpoint(HttpMethod.PATCH, "", """
                    {"name":"Renamed plan","reason":"board naming"}"""),
            new Endpoint(HttpMethod.POST, "/archive", """
                    {"reason":"superseded"}"""));

    /**
     * Commands that record something but change no assumption, so they take no If-Match; accepted in this order
     * after {@link #PREPARED}. Lock and unlock are left out: a lock would refuse the changes that follow.
     */
    public static final List<Endpoint> RECORDS = List.of(
            new Endpoint(HttpMethod.POST, "/tags", """
                    {"tag":"Board-plan","version":2,"reason":"approved"}"""),
            new Endpoint(HttpMethod.POST, "/comments", """
                    {"text":"Why we ordered early: allocation","aboutVersion":2}"""),
            new Endpoint(HttpMethod.PUT, "/actuals/2025Q2", """
                    {"chipsDelivered":900,"tokensServed":1.2e12,"spendUsd":27000000,"reason":"invoices"}"""),
            new Endpoint(HttpMethod.POST, "/tags/Board-plan/restore", """
                    {"name":"Board plan, restored","reason":"start over"}"""));

    private ChangeEndpoints() {
    }
}
