package io.jevons.planning.metrics;

import io.jevons.planning.api.scenario.ChangeOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Times every command from handling to commit as {@code jevons.commands}, tagged with the command and its outcome:
 * {@code applied} (events stored), {@code stale} (answered with a newer version, nothing stored) or
 * {@code refused} (rolled back: invalid, archived, lost a race).
 */
final class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String TIMER = "jevons.commands";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(committed -> sample.stop(timer(command, isStale(committed) ? "stale" : "applied")));
        unitOfWork.onRollback(rolledBack -> sample.stop(timer(command, "refused")));
        return chain.proceed();
    }

    private static boolean isStale(UnitOfWork<?> committed) {
        ExecutionResult result = committed.getExecutionResult();
        return result != null && !result.isExceptionResult()
                && result.getResult() != null && result.getResult().getPayload() instanceof ChangeOutcome.Stale;
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(TIMER)
                .description("Commands from handling to commit")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
