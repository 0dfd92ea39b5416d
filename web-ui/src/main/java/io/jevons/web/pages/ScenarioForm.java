package io.jevons.web.pages;

/** The "new scenario" form as the browser sends it: text, validated by the domain on submit. */
public record ScenarioForm(String name, String firstQuarter, String lastQuarter, Boolean fromDefault, String reason) {

    static ScenarioForm blank() {
        return new ScenarioForm("", "2024Q1", "2030Q4", true, ""); // most plans start from the default
    }
}
