package io.github.cameldatagrok.emulator.http;

/** One resource area of the API (tables, files, groups, ...), which adds its routes to the router. */
public interface ApiArea {

    void register(Router router);
}
