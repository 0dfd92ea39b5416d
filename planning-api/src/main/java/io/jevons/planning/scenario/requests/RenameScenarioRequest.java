package io.jevons.planning.scenario.requests;

record RenameScenarioRequest(String name, String reason) {
}
