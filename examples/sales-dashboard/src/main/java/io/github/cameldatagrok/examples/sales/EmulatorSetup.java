package io.github.cameldatagrok.examples.sales;

import java.util.List;

import io.github.cameldatagrok.emulator.DatagrokEmulator;
import io.github.cameldatagrok.emulator.functions.DataFrame;

/**
 * What a real Datagrok would already have for this example: the function {@code Sales:RegionTotals} (the script
 * {@code scripts/RegionTotals.py} there, {@link RegionTotals} here). The group shared with, Developers, is one of
 * Datagrok's own groups and exists in the emulator from the start.
 */
final class EmulatorSetup {

    private EmulatorSetup() {
    }

    static void install(DatagrokEmulator emulator) {
        emulator.functions().registerTableFunction(RegionTotals.NAME, RegionTotals.INPUT, RegionTotals.OUTPUT,
                orders -> DataFrame.of(List.of("region", "orders", "quantity", "revenue"),
                        RegionTotals.compute(orders.rows().iterator())));
    }
}
