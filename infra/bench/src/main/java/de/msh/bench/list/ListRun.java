package de.msh.bench.list;

import de.msh.bench.Figure;
import de.msh.bench.Infrastructure;
import de.msh.bench.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project list against a trivial endpoint of the same service ({@code /livez}), each offered the same fixed rate
 * in one run: registers the portfolio, warms every path up, then measures them one after the other.
 *
 * @param projects how many projects to register
 * @param perSecond the offered rate of reads
 * @param seconds how long each path is measured (and warmed up for half as long)
 */
public record ListRun(int projects, int perSecond, int seconds) {

    private static final double CEILING_MS = 50;
    private static final String TRIVIAL = "/livez";

    /** Filters of the portfolio board with a sort: broad, narrow and combined, over indexed and plain fields. */
    private static final List<String> LISTS = List.of(
            "/api/projects?phase=CONCEPT&sort=title",
            "/api/projects?municipality=Hettstedt&sort=-registeredAt",
            "/api/projects?strategicField=energie&phase=IMPLEMENTATION&sort=code",
            "/api/projects?projectManager=manager-07&tag=tag-7&sort=-title&page=2",
            "/api/projects?q=vorhaben%2012&sort=title",
            "/api/projects?q=BENCH-0999&sort=code");

    public List<Figure> measure(Infrastructure infrastructure, Path jar) throws Exception {
        Path log = infrastructure.folder().resolve("projects.log");
        List<Figure> figures = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(
                "projects", jar, infrastructure.brokers(), infrastructure.mongoUri(), log, List.of())) {
            long started = System.nanoTime();
            Portfolio.register(service.base(), projects, 8);
            say(
                    "registered %d projects in %.1f s (service log %s)",
                    projects, (System.nanoTime() - started) / 1e9, log);
            FixedRate load = new FixedRate();
            List<String> paths = new ArrayList<>(List.of(TRIVIAL));
            paths.addAll(LISTS);
            for (String path : paths) {
                load.offer(service.base().resolve(path), perSecond, Math.max(1, seconds / 2));
            }
            double trivial = 0;
            for (String path : paths) {
                FixedRate.Latencies latencies = load.offer(service.base().resolve(path), perSecond, seconds);
                double p99 = latencies.percentile(0.99);
                say(
                        "%-75s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms",
                        path, latencies.percentile(0.5), p99, latencies.percentile(1.0));
                if (path.equals(TRIVIAL)) {
                    trivial = p99;
                    figures.add(
                            Figure.latency(name("p99 " + TRIVIAL + " (trivial)"), "sqlite", p99, CEILING_MS, false));
                } else {
                    figures.add(Figure.latency(name("p99 list " + shortName(path)), "sqlite", p99, CEILING_MS, true));
                }
            }
            say("list p99 against the trivial endpoint's %.1f ms, all at %d requests/s", trivial, perSecond);
        }
        return figures;
    }

    private String name(String what) {
        return String.format(Locale.ROOT, "%s @%d/s, %d projects", what, perSecond, projects);
    }

    private static String shortName(String path) {
        return path.substring(path.indexOf('?') + 1);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench list] " + format + "%n", args);
    }
}
