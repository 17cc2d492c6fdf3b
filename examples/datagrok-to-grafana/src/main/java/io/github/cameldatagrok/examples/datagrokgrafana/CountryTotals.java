package io.github.cameldatagrok.examples.datagrokgrafana;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The derived table: per country, how many orders and how much revenue (quantity times unit price). */
public final class CountryTotals {

    private CountryTotals() {
    }

    /** Rows of {@code country, quantity, unit_price} (any other columns) -> rows of {@code country, orders, revenue}. */
    public static List<Map<String, Object>> of(List<Map<String, Object>> orders) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (Map<String, Object> order : orders) {
            String country = String.valueOf(order.get("country"));
            BigDecimal quantity = new BigDecimal(String.valueOf(order.get("quantity")));
            BigDecimal price = new BigDecimal(String.valueOf(order.get("unit_price")));
            counts.computeIfAbsent(country, c -> new long[1])[0]++;
            revenue.merge(country, quantity.multiply(price), BigDecimal::add);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach((country, count) -> rows.add(Map.of("country", country, "orders", count[0],
                "revenue", revenue.get(country).setScale(2, RoundingMode.HALF_UP).doubleValue())));
        return rows;
    }
}
