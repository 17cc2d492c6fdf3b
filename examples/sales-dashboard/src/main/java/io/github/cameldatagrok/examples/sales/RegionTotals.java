package io.github.cameldatagrok.examples.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The computation of the {@code Sales:RegionTotals} function: order count, quantity and revenue per region.
 * <p>
 * On a real Datagrok the function is the script {@code scripts/RegionTotals.py}; against the embedded emulator this
 * class stands in for it, registered in the emulator's function registry.
 */
final class RegionTotals {

    static final String NAME = "Sales:RegionTotals";
    static final String INPUT = "orders";
    static final String OUTPUT = "totals";

    private RegionTotals() {
    }

    static List<Map<String, Object>> compute(Iterator<? extends Map<String, ?>> orders) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        while (orders.hasNext()) {
            Map<String, ?> order = orders.next();
            String region = String.valueOf(order.get("region"));
            long quantity = new BigDecimal(String.valueOf(order.get("quantity"))).longValueExact();
            BigDecimal price = new BigDecimal(String.valueOf(order.get("unit_price")));
            long[] count = counts.computeIfAbsent(region, r -> new long[2]);
            count[0]++;
            count[1] += quantity;
            revenue.merge(region, price.multiply(BigDecimal.valueOf(quantity)), BigDecimal::add);
        }
        List<Map<String, Object>> totals = new ArrayList<>();
        counts.forEach((region, count) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("region", region);
            row.put("orders", count[0]);
            row.put("quantity", count[1]);
            row.put("revenue", revenue.get(region).setScale(2, RoundingMode.HALF_UP));
            totals.add(row);
        });
        return totals;
    }
}
