package io.jevons.projection.uncertainty;

import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.uncertainty.Swing;
import io.jevons.capacity.uncertainty.Tornado;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sensitivity as the API answers it: {@code metric} as the API names it ("total-cost:2027"), {@code metricName}
 * as planners read it ("Total cost 2027") and the unit its values are in.
 */
public record TornadoResponse(String metric, String metricName, Unit unit, BigDecimal base, List<Swing> swings) {

    static TornadoResponse of(Tornado tornado) {
        return new TornadoResponse(tornado.metric().toString(), tornado.metric().name(), tornado.metric().kind().unit(),
                tornado.base(), tornado.swings());
    }
}
