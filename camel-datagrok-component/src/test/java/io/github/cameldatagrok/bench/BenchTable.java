package io.github.cameldatagrok.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's table, {@code id,name,price,day,flag}, about 100 bytes a row (10 million rows = 1 GB), as a CSV
 * file ({@link #main}) or as {@code Map} rows ({@link #row}). Values derive from the row number, so any run writes
 * the same data; names with a comma and a non-ASCII letter keep CSV quoting and UTF-8 in play.
 * <p>
 * {@code java -cp <test classpath> io.github.cameldatagrok.bench.BenchTable <file> <rows>}
 */
public final class BenchTable {

    static final String HEADER = "id,name,price,day,flag";

    private static final String[] ITEMS = {"Stainless steel hex bolt M8x40", "Industrial ball bearing 6204-2RS",
        "Hydraulic hose assembly 1/2 inch", "Nitrile safety gloves, size L", "Copper pipe elbow 22mm 90 degrees",
        "Polyurethane sealant cartridge 310ml", "LED panel light 600x600 neutral", "Cordless drill battery 18V 4Ah"};
    private static final String[] SITES = {"Zürich Altstetten", "Hamburg Harburg", "Lyon Part-Dieu",
        "Rotterdam Europoort", "Brno Slatina", "Milano Lambrate", "Gdańsk Oliwa", "Porto Matosinhos"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 1826;

    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        // day strings are precomputed: formatting a LocalDate per row would dominate the generator
        String[] days = new String[DAYS];
        for (int d = 0; d < DAYS; d++) {
            days[d] = FIRST_DAY.plusDays(d).toString();
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                long cents = priceCents(i);
                line.append(i).append(",\"").append(name(i)).append("\",").append(cents / 100).append('.');
                long fraction = cents % 100;
                line.append(fraction < 10 ? "0" : "").append(fraction).append(',').append(days[i % DAYS])
                        .append(',').append(flag(i)).append('\n');
                out.append(line);
            }
        }
        System.out.println("csv.rows=" + rows);
        System.out.println("csv.bytes=" + Files.size(file));
    }

    /** Row {@code i} as the typed values a database would hand over: Integer, String, Double, LocalDate, Boolean. */
    static Map<String, Object> row(int i) {
        Map<String, Object> row = new LinkedHashMap<>(8);
        row.put("id", i);
        row.put("name", name(i));
        row.put("price", priceCents(i) / 100.0);
        row.put("day", FIRST_DAY.plusDays(i % DAYS));
        row.put("flag", flag(i));
        return row;
    }

    static String name(int i) {
        return ITEMS[i & 7] + ", " + SITES[(i >>> 3) & 7] + " bay " + (i % 97) + " lot " + (i % 9973);
    }

    static long priceCents(int i) {
        return 99 + (i * 7919L) % 999_900;
    }

    static boolean flag(int i) {
        return i % 3 == 0;
    }
}
