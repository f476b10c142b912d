package de.msh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every figure on each store and prints one table (figure, ours, reference, ratio, goal, met); writes the same
 * to {@code target/bench/results.json}. See {@link Settings} for the arguments.
 */
public final class Benchmark {

    /** Built by {@code infra/bench/run.sh}, which runs the benchmark from {@code infra/bench}. */
    private static final Path PROJECTS_JAR = Path.of("../../services/projects/target/msh-projects-exec.jar");

    private static final Path REPORTING_JAR = Path.of("../../services/reporting/target/msh-reporting-exec.jar");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        List<Figure> figures = new ArrayList<>();
        if (settings.parts().contains("backbone")) {
            for (String store : settings.stores()) {
                try (Infrastructure infrastructure = Infrastructure.start(store)) {
                    figures.addAll(new StoreRun(settings, store, infrastructure).measure());
                }
            }
        }
        if (settings.parts().contains("list")) {
            try (Infrastructure infrastructure = Infrastructure.start("sqlite")) {
                figures.addAll(settings.list().measure(infrastructure, PROJECTS_JAR));
            }
        }
        if (settings.parts().contains("reporting")) {
            try (Infrastructure infrastructure = Infrastructure.start("sqlite")) {
                figures.addAll(settings.reporting().measure(infrastructure, REPORTING_JAR));
            }
        }
        if (settings.parts().contains("documents")) {
            figures.addAll(settings.documents().measure());
        }
        Report.print(figures);
        Path results = Path.of("target", "bench", "results.json");
        Report.writeJson(figures, settings, results);
        System.out.println("Written to " + results.toAbsolutePath());
        System.exit(0);
    }
}
