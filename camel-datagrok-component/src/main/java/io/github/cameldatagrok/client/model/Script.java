package io.github.cameldatagrok.client.model;

/** A script ({@code source: "script"}): its text and language ({@code python}, {@code r}, {@code julia}, ...). */
public class Script extends SavedFunction {

    private String script;
    private String language;

    public Script() {
        super("Script", "script");
    }

    /** A new script; name and parameters may come from its header. */
    public static Script of(String language, String text) {
        Script script = new Script();
        script.setLanguage(language);
        script.setScript(text);
        return script;
    }

    public String getScript() {
        return script;
    }

    public void setScript(String script) {
        assigned("script", script);
        this.script = script;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        assigned("language", language);
        this.language = language;
    }
}
