package dev.rowboat.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A benchmark's main class run again in a JVM of its own, with this one's class path and JVM
 * options: what one part measures then owes nothing to the code another part ran before it.
 * Under {@code exec:java} the project's class path is the plugin's class loader's, not
 * {@code java.class.path} (which is Maven's own), so it is read from the loaders.
 */
final class BenchFork {
    private BenchFork() {
    }

    /** Runs {@code main} with {@code args}, handing each line it prints to {@code lines}; returns its exit code. */
    static int run(Class<?> main, List<String> args, Consumer<String> lines) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Maven's launcher's own settings, and a recording that would overwrite the parent's file
            if (!option.startsWith("-Dclassworlds.") && !option.startsWith("-Dmaven.") && !option.startsWith("-Dlibrary.jansi")
                    && !option.startsWith("-XX:StartFlightRecording")) {
                command.add(option);
            }
        }
        command.add("-cp");
        command.add(classPath(main));
        command.add(main.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        }
        return process.waitFor();
    }

    private static String classPath(Class<?> main) {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = main.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        entries.add(url.getPath());
                    }
                }
            }
        }
        // run straight with java -cp (not under exec:java): the class path is the JVM's own
        if (entries.stream().noneMatch(entry -> entry.contains("test-classes"))) {
            entries.clear();
            entries.add(System.getProperty("java.class.path"));
        }
        return String.join(File.pathSeparator, entries);
    }
}
