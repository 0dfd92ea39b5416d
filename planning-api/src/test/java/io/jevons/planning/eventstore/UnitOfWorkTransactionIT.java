package io.jevons.planning.eventstore;

import io.jevons.testsupport.PostgresIntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Axon's units of work (a processor's batch, a command) run in one Spring transaction, so the rows a read model
 * writes and the token that says they were written commit together or not at all. Axon 4.13's auto-configuration
 * orders itself after Spring Boot 3's transaction auto-configuration, whose class no longer exists in Boot 4:
 * without a transaction manager of our own it fell back to none, and every statement committed on its own.
 */
@SpringBootTest
@PostgresIntegrationTest
class UnitOfWorkTransactionIT {

    @Autowired
    TransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedUnitOfWorkLeavesNoneOfItsWritesBehind() {
        jdbc.sql("create table if not exists uow_probe (id integer primary key)").update();
        jdbc.sql("delete from uow_probe").update();

        assertThatThrownBy(() -> inUnitOfWork(() -> {
            jdbc.sql("insert into uow_probe values (1)").update();
            throw new IllegalStateException("the batch fails after its first write");
        })).hasMessageContaining("first write");
        inUnitOfWork(() -> jdbc.sql("insert into uow_probe values (2)").update());

        assertThat(jdbc.sql("select id from uow_probe").query(Integer.class).list()).containsExactly(2);
    }

    private void inUnitOfWork(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        try {
            work.run();
        } catch (RuntimeException failed) {
            unitOfWork.rollback(failed);
            throw failed;
        }
        unitOfWork.commit();
    }
}
