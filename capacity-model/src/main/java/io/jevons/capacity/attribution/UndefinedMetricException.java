package io.jevons.capacity.attribution;

/** The metric has no value in a projection, e.g. cost per million tokens where nothing is served. */
public class UndefinedMetricException extends RuntimeException {

    private final transient Metric metric;

    public UndefinedMetricException(Metric metric) {
        super(metric + " is undefined: the projection has no value for it (no supply or nothing served)");
        this.metric = metric;
    }

    public Metric metric() {
        return metric;
    }
}
