package io.jevons.capacity.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of US dollars held as whole cents, so that sums are exact. Conversions from fractional
 * amounts round half-even to the cent, explicitly, in {@link #ofDollars(double)} and {@link #ofDollars(BigDecimal)}.
 */
public record Usd(long cents) implements Comparable<Usd> {

    public static final Usd ZERO = new Usd(0);

    public static Usd ofCents(long cents) {
        return new Usd(cents);
    }

    /** Rounds half-even to the cent; {@code dollars} must be finite. */
    public static Usd ofDollars(double dollars) {
        if (!Double.isFinite(dollars)) {
            throw new ArithmeticException("not a finite amount of dollars: " + dollars);
        }
        double cents = Math.rint(dollars * 100.0);
        if (Math.abs(cents) >= 0x1p62) {
            throw new ArithmeticException("amount out of range: " + dollars);
        }
        return new Usd((long) cents);
    }

    /** Rounds half-even to the cent. */
    public static Usd ofDollars(BigDecimal dollars) {
        return new Usd(dollars.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact());
    }

    public static Usd ofWholeDollars(long dollars) {
        return new Usd(Math.multiplyExact(dollars, 100));
    }

    public Usd plus(Usd other) {
        return new Usd(Math.addExact(cents, other.cents));
    }

    public Usd minus(Usd other) {
        return new Usd(Math.subtractExact(cents, other.cents));
    }

    public Usd times(long factor) {
        return new Usd(Math.multiplyExact(cents, factor));
    }

    public BigDecimal dollars() {
        return BigDecimal.valueOf(cents, 2);
    }

    public double dollarsApprox() {
        return cents / 100.0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    @Override
    public int compareTo(Usd other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return "$" + dollars().toPlainString();
    }
}
