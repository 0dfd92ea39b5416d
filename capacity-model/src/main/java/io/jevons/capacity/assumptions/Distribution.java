package io.jevons.capacity.assumptions;

/** How a factor is drawn between the low and high of a range; the assumption itself (factor 1) is the mode. */
public enum Distribution {
    /** Most likely at the assumption, falling linearly to the low and high ends. */
    TRIANGULAR {
        @Override
        public double quantile(double p, double low, double high) {
            double width = high - low;
            if (width == 0) {
                return 1;
            }
            double belowMode = (1 - low) / width;
            return p < belowMode
                    ? low + Math.sqrt(p * width * (1 - low))
                    : high - Math.sqrt((1 - p) * width * (high - 1));
        }
    },
    /** Every factor between low and high equally likely. */
    UNIFORM {
        @Override
        public double quantile(double p, double low, double high) {
            return low + p * (high - low);
        }
    };

    /** The factor below which a share {@code p} (0 to 1) of draws fall: a uniform draw in, a factor out. */
    public abstract double quantile(double p, double low, double high);
}
