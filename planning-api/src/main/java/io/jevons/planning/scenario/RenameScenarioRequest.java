package io.jevons.planning.scenario;

record RenameScenarioRequest(String name, String reason) {
}
