package io.jevons.planning.procurement;

import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;
import static io.jevons.planning.web.Fields.required;

/** Chip procurement: orders placed, their quantities and prices changed, delayed, cancelled. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/orders")
@Tag(name = "Procurement")
class OrderController {

    /** A new order; without {@code order} (the id) one is generated. */
    record NewOrder(OrderId order, ChipTypeId chipType, Long quantity, Quarter deliveryQuarter, Usd unitPrice,
                    String reason) {
    }

    record Quantity(Long quantity, String reason) {
    }

    record UnitPrice(Usd unitPrice, String reason) {
    }

    record Delay(Quarter deliveryQuarter, String reason) {
    }

    record Reason(String reason) {
    }

    private final ScenarioUpdates updates;

    OrderController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PostMapping
    @Operation(summary = "Place an order of chips for delivery in a quarter")
    ResponseEntity<ScenarioVersionResponse> place(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                  @RequestBody NewOrder body) {
        OrderId id = body.order() != null ? body.order() : OrderId.of("order-" + UUID.randomUUID());
        ProcurementOrder order = new ProcurementOrder(id, required(body.chipType(), "chipType"),
                required(body.quantity(), "quantity"), required(body.deliveryQuarter(), "deliveryQuarter"),
                required(body.unitPrice(), "unitPrice"));
        return updates.change(scenarioId, headers, new PlaceOrder(order), body.reason());
    }

    @PutMapping("/{order}/quantity")
    @Operation(summary = "Change the quantity of an order")
    ResponseEntity<ScenarioVersionResponse> quantity(@PathVariable UUID scenarioId, @PathVariable String order,
                                                     ChangeHeaders headers, @RequestBody Quantity body) {
        return updates.change(scenarioId, headers, new ChangeOrderQuantity(orderId(order),
                required(body.quantity(), "quantity")), body.reason());
    }

    @PutMapping("/{order}/unit-price")
    @Operation(summary = "Change the unit price of an order")
    ResponseEntity<ScenarioVersionResponse> unitPrice(@PathVariable UUID scenarioId, @PathVariable String order,
                                                      ChangeHeaders headers, @RequestBody UnitPrice body) {
        return updates.change(scenarioId, headers, new ChangeOrderPrice(orderId(order),
                required(body.unitPrice(), "unitPrice")), body.reason());
    }

    @PostMapping("/{order}/delay")
    @Operation(summary = "Move an order's delivery to a later quarter")
    ResponseEntity<ScenarioVersionResponse> delay(@PathVariable UUID scenarioId, @PathVariable String order,
                                                  ChangeHeaders headers, @RequestBody Delay body) {
        return updates.change(scenarioId, headers, new DelayOrder(orderId(order),
                required(body.deliveryQuarter(), "deliveryQuarter")), body.reason());
    }

    @PostMapping("/{order}/cancel")
    @Operation(summary = "Cancel an order")
    ResponseEntity<ScenarioVersionResponse> cancel(@PathVariable UUID scenarioId, @PathVariable String order,
                                                   ChangeHeaders headers, @RequestBody Reason body) {
        return updates.change(scenarioId, headers, new CancelOrder(orderId(order)), body.reason());
    }

    private static OrderId orderId(String text) {
        return parsed(text, "order", OrderId::of);
    }
}
