package io.jevons.projection.runtime;

/** A generation of the read models: a schema of its own, {@code readmodel_g<number>}. */
public record Generation(int number) {

    public Generation {
        if (number < 1) {
            throw new IllegalArgumentException("generations count from 1, was " + number);
        }
    }

    public String schema() {
        return "readmodel_g" + number;
    }

    /** A table of this generation, as SQL names it. */
    public String table(String name) {
        return schema() + "." + name;
    }

    /** The Axon processor that feeds this generation. */
    public String processorName() {
        return "readmodels-g" + number;
    }
}
